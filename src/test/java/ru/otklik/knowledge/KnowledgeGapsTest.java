package ru.otklik.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.otklik.knowledge.KnowledgeFixtures.aSection;
import static ru.otklik.knowledge.KnowledgeFixtures.admin;
import static ru.otklik.knowledge.KnowledgeFixtures.anArticle;
import static ru.otklik.knowledge.KnowledgeFixtures.editorOf;
import static ru.otklik.knowledge.KnowledgeFixtures.operator;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** §35: the questions clients keep asking that the knowledge base does not answer become candidate FAQ. */
@QuarkusTest
class KnowledgeGapsTest {

    private static final String LAND_EDITOR = editorOf("marina.land", "land");

    @Test
    void unansweredQuestionsAreGroupedWithoutPersonalDataAndAnsweredOnesAreNot() {
        String section = aSection("land");
        anArticle(section).faq("Как продлить договор аренды земельного участка?").title("Продление договора аренды")
                .body("Подайте заявление о продлении договора аренды не позднее чем за три месяца до окончания срока.")
                .publish(LAND_EDITOR);

        submit("Сидоров Иван Павлович", "Здравствуйте! Подскажите, как продлить договор аренды земельного участка? Сидоров И. П.");
        submit("Петров Сергей", "Добрый день! Меня зовут Сергей Петров. Можно ли поставить шлагбаум на въезде во двор многоквартирного дома "
                + "по ул. Лесная, д. 5, ответ пришлёте на sergey.petrov@example.org? Спасибо.");
        submit("Кузнецова Анна", "Подскажите по телефону 8-913-555-12-34, кто разрешает поставить шлагбаум во дворе многоквартирного дома? "
                + "Кузнецова А. В.");
        submit("Орлов Олег", "Нужно ли разрешение, чтобы поставить шлагбаум во дворе многоквартирного дома?");
        submit("Смирнова Ольга", "Почему в реестре имущества нет здания котельной на улице Лесной?");

        List<Map<String, Object>> gaps = refresh();

        Map<String, Object> barrier = gapWith(gaps, "шлагбаум");
        assertThat(barrier.get("questionCount")).isEqualTo(3);
        @SuppressWarnings("unchecked")
        List<String> examples = (List<String>) barrier.get("examples");
        assertThat(examples).hasSize(3).allSatisfy(e -> assertThat(e)
                .doesNotContain("sergey", "example.org", "913", "555", "Сергей", "Петров", "Кузнецова", "Лесная", "Здравствуйте",
                        "Добрый день", "Спасибо"));
        assertThat(String.join(" ", examples)).contains("[почта]", "[телефон]", "[адрес]", "многоквартирного дома");
        assertThat((Float) barrier.get("bestScore")).isLessThan(0.3f);

        Map<String, Object> boiler = gapWith(gaps, "котельной");
        assertThat(boiler.get("id")).isNotEqualTo(barrier.get("id"));
        assertThat(boiler.get("questionCount")).isEqualTo(1);

        // The FAQ answers it, even in other words and with the author's name in it.
        assertThat(gaps).noneSatisfy(g -> assertThat(g.get("examples").toString()).contains("продлить договор аренды земельного"));
    }

    @Test
    void aDismissedGapDoesNotComeBackAndAnFaqIsLinkedOnce() {
        submit("Лебедев Николай", "Как оформить опеку над чужим садовым домиком в товариществе, если хозяин пропал?");
        submit("Воробьёва Нина", "Куда сообщить о брошенной барже на берегу реки Ини?");

        List<Map<String, Object>> gaps = refresh();
        String opeka = (String) gapWith(gaps, "домиком").get("id");
        String barge = (String) gapWith(gaps, "барже").get("id");

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("resolution", "dismissed", "note", "Вне полномочий"))
                .post("/api/v1/knowledge/gaps/" + opeka + "/resolve").then().statusCode(200)
                .body("status", equalTo("dismissed")).body("resolvedBy", equalTo("alexey.admin"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("resolution", "faq_created"))
                .post("/api/v1/knowledge/gaps/" + barge + "/resolve").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("articleId"));
        String faq = anArticle(aSection("control")).faq("Куда сообщить о брошенной барже?").body("В отдел контроля.").create(admin());
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("resolution", "faq_created", "articleId", faq))
                .post("/api/v1/knowledge/gaps/" + barge + "/resolve").then().statusCode(200)
                .body("status", equalTo("faq_created")).body("articleId", equalTo(faq));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("resolution", "dismissed"))
                .post("/api/v1/knowledge/gaps/" + barge + "/resolve").then().statusCode(409)
                .contentType("application/problem+json");

        List<Map<String, Object>> again = refresh();
        assertThat(again).noneSatisfy(g -> assertThat(g.get("examples").toString()).contains("домиком"));
        assertThat(again).noneSatisfy(g -> assertThat(g.get("examples").toString()).contains("барже"));
    }

    @Test
    void onlyEditorsHeadsAndAdminsSeeGapsAndUnknownUnitIsAProblem() {
        given().auth().oauth2(operator()).get("/api/v1/knowledge/gaps").then().statusCode(403);
        given().get("/api/v1/knowledge/gaps").then().statusCode(401);
        given().auth().oauth2(LAND_EDITOR).get("/api/v1/knowledge/gaps?department=nowhere").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("department"));
        given().auth().oauth2(LAND_EDITOR).contentType(ContentType.JSON).body(Map.of("resolution", "dismissed"))
                .post("/api/v1/knowledge/gaps/" + UUID.randomUUID() + "/resolve").then().statusCode(404);
    }

    @Test
    void gapsOfATopicGoToItsUnitAndFilterByIt() {
        submit("Фёдоров Пётр", "Как рассчитать пени за просрочку арендной платы за землю в этом году?");
        refresh();
        List<Map<String, Object>> revenue = given().auth().oauth2(LAND_EDITOR).get("/api/v1/knowledge/gaps?department=revenue")
                .then().statusCode(200).extract().path("gaps");
        Map<String, Object> penalty = gapWith(revenue, "пени");
        assertThat(penalty.get("topicCode")).isEqualTo("land.lease-payment");
        assertThat(penalty.get("departmentName")).isEqualTo("отдел обеспечения доходов");
        List<Map<String, Object>> land = given().auth().oauth2(LAND_EDITOR).get("/api/v1/knowledge/gaps?department=land")
                .then().statusCode(200).extract().path("gaps");
        assertThat(land).noneSatisfy(g -> assertThat(g.get("examples").toString()).contains("пени за просрочку"));
    }

    private static void submit(String name, String text) {
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("name", name, "email", "client@example.org", "preferredChannel", "email", "text", text))
                .post("/api/v1/messages").then().statusCode(201);
    }

    private static List<Map<String, Object>> refresh() {
        return given().auth().oauth2(LAND_EDITOR).post("/api/v1/knowledge/gaps/refresh").then().statusCode(200)
                .extract().path("gaps");
    }

    private static Map<String, Object> gapWith(List<Map<String, Object>> gaps, String word) {
        return gaps.stream().filter(g -> g.get("examples").toString().contains(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no gap with «" + word + "» among " + gaps));
    }
}
