package ru.otklik.messages;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static ru.otklik.messages.WorkflowFixtures.as;
import static ru.otklik.messages.WorkflowFixtures.executor;
import static ru.otklik.messages.WorkflowFixtures.inWork;

import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.otklik.knowledge.KnowledgeFixtures;

@QuarkusTest
class AnswerDraftTest {

    @Test
    void templateIsFilledWithTheMessageData() {
        String article = KnowledgeFixtures.anArticle(KnowledgeFixtures.aSection("land")).kind("answer_template")
                .body("Уважаемая {{clientName}}! На ваше обращение № {{ registrationNumber }} от {{receivedDate}} сообщаем: "
                        + "участок можно взять в аренду. Исполнитель: {{executor}}. {{signature}} Формула {x}.")
                .publish(KnowledgeFixtures.admin());
        String id = inWork("ivan.executor");
        String number = as(executor("ivan.executor")).get("/api/v1/messages/" + id).then().extract().path("registrationNumber");

        as(executor("ivan.executor")).get("/api/v1/messages/" + id + "/answer-draft?articleId=" + article).then()
                .statusCode(200)
                .body("text", allOf(containsString("Уважаемая Иванова Мария Петровна!"), containsString("№ " + number + " от "),
                        containsString("года сообщаем"), containsString("Исполнитель: ivan.executor."),
                        containsString("{{signature}}"), containsString("Формула {x}."),
                        not(containsString("{{clientName}}"))))
                .body("unfilled", equalTo(List.of("signature")));
    }

    @Test
    void unknownArticleIsNotFound() {
        String id = inWork("ivan.executor");
        as(executor("ivan.executor")).get("/api/v1/messages/" + id + "/answer-draft?articleId=" + UUID.randomUUID())
                .then().statusCode(404);
        as(executor("ivan.executor")).get("/api/v1/messages/" + id + "/answer-draft").then().statusCode(400);
    }
}
