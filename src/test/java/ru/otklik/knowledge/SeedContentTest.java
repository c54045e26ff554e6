package ru.otklik.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.otklik.knowledge.KnowledgeFixtures.operator;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.otklik.messages.MessageFixtures;

/** A fresh installation already knows the Procedure's own facts: units, numbers, hours, scripts, survey. */
@QuarkusTest
class SeedContentTest {

    @Test
    void tenDepartmentsWithTheirLineNumbersInProcedureOrder() {
        given().get("/api/v1/departments").then().statusCode(200)
                .body("size()", equalTo(10))
                .body("code", contains("reception", "finance", "control", "privatization", "legal", "hr", "land",
                        "property", "revenue", "land-redistributed"))
                .body("[0].name", equalTo("приемная"))
                .body("[0].phones.display", contains("238-60-02", "238-60-62"))
                .body("[0].phones.e164", contains("+73832386002", "+73832386062"))
                .body("[6].name", equalTo("отдел земельных отношений"))
                .body("[6].phones.display", contains("238-60-34", "238-60-35"))
                .body("[7].phones.display", contains("238-60-58", "238-60-40"))
                .body("[9].name", equalTo("отдел реализации перераспределенных полномочий по распоряжению земельными участками"));
    }

    @Test
    void portalFindsTheLineHoursInTheProceduresWords() {
        List<String> titles = given().queryParam("q", "время работы консультационной линии")
                .get("/api/v1/knowledge/search").then().statusCode(200).extract().path("hits.title");
        assertThat(titles).contains("Время работы консультационной линии");
        String id = given().queryParam("q", "время работы консультационной линии")
                .get("/api/v1/knowledge/search").then().extract().path("hits.find { it.title == 'Время работы консультационной линии' }.id");
        given().get("/api/v1/knowledge/articles/" + id).then().statusCode(200)
                .body("public", equalTo(true))
                .body("body", equalTo("Время работы консультационной линии департамента с 9:00 до 18:00 с понедельника по четверг, "
                        + "с 9:00 до 17:00 в пятницу, за исключением выходных и нерабочих праздничных дней."));
    }

    @Test
    void staffFindTheCallScriptsAndTheSurveyQuestions() {
        Map.of("script_greeting", "скрипт приветствия", "script_farewell", "скрипт прощания",
                "script_needs", "вопросы для выявления потребности").forEach((kind, q) ->
                given().auth().oauth2(operator()).queryParam("q", q).queryParam("kind", kind)
                        .get("/api/v1/knowledge/search").then().statusCode(200).body("hits.size()", equalTo(1)));
        String farewell = given().auth().oauth2(operator()).queryParam("q", "прощание").queryParam("kind", "script_farewell")
                .get("/api/v1/knowledge/search").then().extract().path("hits[0].id");
        given().auth().oauth2(operator()).get("/api/v1/knowledge/articles/" + farewell).then().statusCode(200)
                .body("body", containsString("«Получен ли ответ на Ваш вопрос?» (ответы: «да» / «нет»)"))
                .body("body", containsString(
                        "«Оцените качество работы консультанта» (ответы: «удовлетворен» / «частично удовлетворен» / «не удовлетворен»)"));
        given().queryParam("q", "скрипт приветствия").get("/api/v1/knowledge/search")
                .then().statusCode(200).body("hits.size()", equalTo(0));
    }

    @Test
    void answerEditorFindsTheSeededAnswerTemplates() {
        Map.of("ответ на запрос информации", "Ответ на запрос информации",
                "отказ основания", "Отказ: письмо с основаниями простыми словами",
                "переадресация другой орган", "Переадресация: почему вопрос решает другой орган",
                "уточнение", "Запрос уточнения у клиента").forEach((q, title) -> {
                    List<Map<String, Object>> hits = given().auth().oauth2(operator()).queryParam("q", q)
                            .queryParam("limit", 10).get("/api/v1/knowledge/search").then().statusCode(200)
                            .extract().path("hits");
                    assertThat(hits).as(q).anySatisfy(hit -> {
                        assertThat(hit).containsEntry("title", title).containsEntry("kind", "answer_template")
                                .containsEntry("departmentCode", "reception");
                    });
                });
        // templates are for staff; the portal's search never shows them
        given().queryParam("q", "отказ основания").get("/api/v1/knowledge/search").then().statusCode(200)
                .body("hits.kind", not(hasItem("answer_template")));
    }

    @Test
    void aSeededRefusalTemplateFillsTheMessagesDataAndLeavesTheGroundsToTheExecutor() {
        Map<String, Object> receipt = given().contentType("application/json").body(MessageFixtures.aMessage().build())
                .post("/api/v1/messages").then().statusCode(201).extract().as(Map.class);
        String template = given().auth().oauth2(operator()).queryParam("q", "отказ основания")
                .get("/api/v1/knowledge/search").then().statusCode(200)
                .extract().path("hits.find { it.kind == 'answer_template' }.id");

        Map<String, Object> draft = given().auth().oauth2(operator()).queryParam("articleId", template)
                .get("/api/v1/messages/" + receipt.get("id") + "/answer-draft").then().statusCode(200)
                .extract().as(Map.class);
        assertThat((String) draft.get("text"))
                .startsWith("Здравствуйте, Иванова Мария Петровна!")
                .contains("(регистрационный номер " + receipt.get("registrationNumber") + ")")
                .contains("Почему мы отказываем:\n\n{{groundsPlain}}")
                .doesNotContain("{{clientName}}").doesNotContain("{{receivedDate}}");
        assertThat((List<String>) draft.get("unfilled")).contains("groundsPlain", "nextSteps")
                .doesNotContain("clientName", "registrationNumber", "receivedDate");
    }

    @Test
    void everySeededUnitHasASectionToReview() {
        List<String> owners = given().auth().oauth2(operator()).get("/api/v1/knowledge/sections")
                .then().statusCode(200).extract().path("departmentCode");
        assertThat(owners).contains("reception", "finance", "control", "privatization", "legal", "hr", "land", "property",
                "revenue", "land-redistributed");
    }
}
