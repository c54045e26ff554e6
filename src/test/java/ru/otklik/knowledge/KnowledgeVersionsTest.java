package ru.otklik.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static ru.otklik.knowledge.KnowledgeFixtures.aSection;
import static ru.otklik.knowledge.KnowledgeFixtures.anArticle;
import static ru.otklik.knowledge.KnowledgeFixtures.editorOf;
import static ru.otklik.knowledge.KnowledgeFixtures.operator;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every change is a version: who, when, what changed; versions compare and restore. */
@QuarkusTest
class KnowledgeVersionsTest {

    private static final String MARINA = editorOf("marina.land", "land");
    private static final String PAVEL = editorOf("pavel.land", "land");
    private static String section;

    /** Created once the app is up (RestAssured has no port before that). */
    @BeforeEach
    void section() {
        if (section == null) {
            section = aSection("land");
        }
    }

    @Test
    void everyChangeIsANewVersionWithAuthorAndSummary() {
        String id = anArticle(section).title("Аренда без торгов").body("Строка один.\nСтрока два.").create(MARINA);
        put(id, PAVEL, anArticle(section).title("Аренда земли без торгов").body("Строка один.\nСтрока два, исправленная.")
                .tags("аренда").with("note", "Уточнена формулировка").with("baseVersion", 1).build())
                .then().statusCode(200).body("version", equalTo(2)).body("updatedBy", equalTo("pavel.land"));
        given().auth().oauth2(MARINA).post("/api/v1/knowledge/articles/" + id + "/publish")
                .then().statusCode(200).body("version", equalTo(3)).body("status", equalTo("published"));

        given().auth().oauth2(operator()).get("/api/v1/knowledge/articles/" + id + "/versions")
                .then().statusCode(200)
                .body("number", contains(3, 2, 1))
                .body("author", contains("marina.land", "pavel.land", "marina.land"))
                .body("changeSummary", contains("Опубликована", "Изменены: заголовок, текст, метки", "Создана"))
                .body("note", contains(nullValue(), equalTo("Уточнена формулировка"), nullValue()))
                .body("status", contains("published", "draft", "draft"));
        given().auth().oauth2(operator()).get("/api/v1/knowledge/articles/" + id + "/versions/1")
                .then().statusCode(200).body("title", equalTo("Аренда без торгов")).body("body", equalTo("Строка один.\nСтрока два."));
    }

    @Test
    void diffShowsChangedFieldsAndLines() {
        String id = anArticle(section).title("Сроки").body("Срок — 30 дней.\nПодача через МФЦ.\nОтвет почтой.").create(MARINA);
        put(id, MARINA, anArticle(section).title("Сроки рассмотрения").body("Срок — 20 дней.\nПодача через МФЦ.\nОтвет почтой.\nИли на портале.")
                .with("baseVersion", 1).build()).then().statusCode(200);

        given().auth().oauth2(MARINA).queryParam("from", 1).queryParam("to", 2)
                .get("/api/v1/knowledge/articles/" + id + "/diff")
                .then().statusCode(200)
                .body("fields.field", contains("title"))
                .body("fields[0].before", equalTo("Сроки"))
                .body("fields[0].after", equalTo("Сроки рассмотрения"))
                .body("body.op", contains("removed", "added", "equal", "equal", "added"))
                .body("body.text", contains("Срок — 30 дней.", "Срок — 20 дней.", "Подача через МФЦ.", "Ответ почтой.", "Или на портале."));

        given().auth().oauth2(MARINA).queryParam("from", 1).queryParam("to", 9)
                .get("/api/v1/knowledge/articles/" + id + "/diff").then().statusCode(404);
        given().auth().oauth2(MARINA).queryParam("from", 1)
                .get("/api/v1/knowledge/articles/" + id + "/diff").then().statusCode(400)
                .body("errors.field", hasItem("to"));
    }

    @Test
    void restoringAnOldVersionMakesANewOneAndKeepsPublication() {
        String id = anArticle(section).title("Исходный заголовок").body("Исходный текст.").publish(MARINA);
        put(id, MARINA, anArticle(section).title("Неудачная правка").body("Испорченный текст.").with("baseVersion", 2).build())
                .then().statusCode(200).body("version", equalTo(3));

        given().auth().oauth2(MARINA).post("/api/v1/knowledge/articles/" + id + "/versions/1/restore")
                .then().statusCode(200)
                .body("version", equalTo(4))
                .body("title", equalTo("Исходный заголовок"))
                .body("body", equalTo("Исходный текст."))
                .body("status", equalTo("published"));
        List<String> summaries = given().auth().oauth2(MARINA).get("/api/v1/knowledge/articles/" + id + "/versions")
                .then().statusCode(200).extract().path("changeSummary");
        assertThat(summaries).hasSize(4).first().isEqualTo("Восстановлена версия 1; изменены: заголовок, текст");
    }

    @Test
    void staleEditIsRefusedInsteadOfOverwriting() {
        String id = anArticle(section).body("Первый текст.").create(MARINA);
        put(id, PAVEL, anArticle(section).body("Павел поправил.").with("baseVersion", 1).build()).then().statusCode(200);

        put(id, MARINA, anArticle(section).body("Марина поправила старое.").with("baseVersion", 1).build())
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/knowledge-edit-conflict"));
        put(id, MARINA, anArticle(section).body("Без версии.").build())
                .then().statusCode(400).body("errors.field", hasItem("baseVersion"));
        given().auth().oauth2(MARINA).get("/api/v1/knowledge/articles/" + id).then().body("body", equalTo("Павел поправил."));
    }

    @Test
    void saveWithoutChangesMakesNoVersion() {
        Map<String, Object> article = anArticle(section).title("Неизменная").body("Тот же текст.").build();
        String id = given().auth().oauth2(MARINA).contentType(ContentType.JSON).body(article)
                .post("/api/v1/knowledge/articles").then().statusCode(201).extract().path("id");
        article.put("baseVersion", 1);
        put(id, MARINA, article).then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(MARINA).get("/api/v1/knowledge/articles/" + id + "/versions").then().body("size()", equalTo(1));
    }

    @Test
    void faqNeedsItsQuestionAndOnlyFaqGoesOnThePortal() {
        given().auth().oauth2(MARINA).contentType(ContentType.JSON)
                .body(anArticle(section).kind("faq").build())
                .post("/api/v1/knowledge/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("question"));
        given().auth().oauth2(MARINA).contentType(ContentType.JSON)
                .body(anArticle(section).kind("answer_template").publicOnPortal().build())
                .post("/api/v1/knowledge/articles").then().statusCode(400)
                .body("errors.field", hasItem("public"));
        given().auth().oauth2(MARINA).contentType(ContentType.JSON)
                .body(anArticle(section).without("title").with("kind", "novel").build())
                .post("/api/v1/knowledge/articles").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        given().auth().oauth2(MARINA).contentType(ContentType.JSON)
                .body(anArticle(section).without("title").topics("Не код").build())
                .post("/api/v1/knowledge/articles").then().statusCode(400)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("topics[0]"));
        given().auth().oauth2(MARINA).contentType(ContentType.JSON)
                .body(anArticle("00000000-0000-4000-8000-00000000dead").build())
                .post("/api/v1/knowledge/articles").then().statusCode(400)
                .body("errors.field", hasItem("sectionId"));
    }

    private static io.restassured.response.Response put(String id, String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/api/v1/knowledge/articles/" + id);
    }
}
