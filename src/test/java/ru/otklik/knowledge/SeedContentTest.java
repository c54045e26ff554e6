package ru.otklik.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static ru.otklik.knowledge.KnowledgeFixtures.operator;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

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
    void everySeededUnitHasASectionToReview() {
        List<String> owners = given().auth().oauth2(operator()).get("/api/v1/knowledge/sections")
                .then().statusCode(200).extract().path("departmentCode");
        assertThat(owners).contains("reception", "finance", "control", "privatization", "legal", "hr", "land", "property",
                "revenue", "land-redistributed");
    }
}
