package ru.otklik.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.otklik.knowledge.KnowledgeFixtures.admin;
import static ru.otklik.knowledge.KnowledgeFixtures.editorOf;
import static ru.otklik.knowledge.KnowledgeFixtures.operator;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** §29: a question outside the department's powers gets the competent authority's contacts. */
@QuarkusTest
class ReferralDirectoryTest {

    @Test
    void landTaxQuestionLeadsToTheTaxService() {
        List<String> names = given().auth().oauth2(operator()).queryParam("topic", "tax.land")
                .get("/api/v1/knowledge/referrals").then().statusCode(200).extract().path("name");
        assertThat(names).containsExactly("Управление Федеральной налоговой службы по Новосибирской области");
    }

    @Test
    void wordsOfTheQuestionFindTheCompetentAuthority() {
        given().auth().oauth2(operator()).queryParam("q", "регистрация прав на земельный участок")
                .get("/api/v1/knowledge/referrals").then().statusCode(200)
                .body("[0].name", equalTo("Управление Росреестра по Новосибирской области"))
                .body("[0].phones", hasItem("8-800-100-34-34"));
    }

    @Test
    void onlyAnAdministratorMaintainsTheDirectory() {
        Map<String, Object> entry = Map.of("name", "Тестовый орган " + UUID.randomUUID(), "level", "regional",
                "competence", "Охрана объектов культурного наследия", "topics", List.of("heritage"));
        given().auth().oauth2(editorOf("marina.land", "land")).contentType(ContentType.JSON).body(entry)
                .post("/api/v1/knowledge/referrals").then().statusCode(403);
        String id = given().auth().oauth2(admin()).contentType(ContentType.JSON).body(entry)
                .post("/api/v1/knowledge/referrals").then().statusCode(201).extract().path("id");
        given().auth().oauth2(operator()).queryParam("q", "объект культурного наследия")
                .get("/api/v1/knowledge/referrals").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Без сайта", "level", "regional", "competence", "…", "website", "ftp://x"))
                .post("/api/v1/knowledge/referrals").then().statusCode(400)
                .body("errors.field", hasItem("website"));
        given().get("/api/v1/knowledge/referrals").then().statusCode(401);
    }
}
