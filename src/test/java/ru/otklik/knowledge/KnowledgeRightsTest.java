package ru.otklik.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.otklik.knowledge.KnowledgeFixtures.aSection;
import static ru.otklik.knowledge.KnowledgeFixtures.admin;
import static ru.otklik.knowledge.KnowledgeFixtures.anArticle;
import static ru.otklik.knowledge.KnowledgeFixtures.editorOf;
import static ru.otklik.knowledge.KnowledgeFixtures.operator;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.otklik.security.CurrentUser;

/** §33: each unit fills its own sections; everyone else reads. */
@QuarkusTest
class KnowledgeRightsTest {

    private static final String LAND_EDITOR = editorOf("marina.land", "land");
    private static final String LEGAL_EDITOR = editorOf("lev.legal", "legal");
    private static String landSection;
    private static String legalSection;

    /** Created once the app is up (RestAssured has no port before that). */
    @BeforeEach
    void sections() {
        if (landSection == null) {
            landSection = aSection("land");
            legalSection = aSection("legal");
        }
    }

    @Test
    void editorCreatesArticleInOwnDepartmentsSection() {
        var response = given().auth().oauth2(LAND_EDITOR).contentType(ContentType.JSON)
                .body(anArticle(landSection).title("Аренда без торгов").build())
                .post("/api/v1/knowledge/articles")
                .then().statusCode(201)
                .body("status", equalTo("draft"))
                .body("version", equalTo(1))
                .body("departmentCode", equalTo("land"))
                .body("createdBy", equalTo("marina.land"))
                .body("editable", equalTo(true))
                .extract();
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/api/v1/knowledge/articles/" + id);
        given().auth().oauth2(LAND_EDITOR).get(response.header("Location")).then().statusCode(200)
                .body("title", equalTo("Аренда без торгов"));
    }

    @Test
    void editorCannotWriteIntoAnotherDepartmentsSection() {
        given().auth().oauth2(LAND_EDITOR).contentType(ContentType.JSON)
                .body(anArticle(legalSection).build())
                .post("/api/v1/knowledge/articles")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/knowledge-foreign-section"))
                .body("detail", containsString("юридический отдел"));
    }

    @Test
    void editorCannotChangePublishOrRestoreAnotherDepartmentsArticle() {
        String legal = anArticle(legalSection).create(LEGAL_EDITOR);
        Map<String, Object> change = anArticle(legalSection).title("Подмена").with("baseVersion", 1).build();

        given().auth().oauth2(LAND_EDITOR).contentType(ContentType.JSON).body(change)
                .put("/api/v1/knowledge/articles/" + legal).then().statusCode(404);
        given().auth().oauth2(LEGAL_EDITOR).post("/api/v1/knowledge/articles/" + legal + "/publish").then().statusCode(200);
        given().auth().oauth2(LAND_EDITOR).contentType(ContentType.JSON).body(change)
                .put("/api/v1/knowledge/articles/" + legal).then().statusCode(403)
                .body("type", equalTo("/problems/knowledge-foreign-section"));
        given().auth().oauth2(LAND_EDITOR).post("/api/v1/knowledge/articles/" + legal + "/unpublish")
                .then().statusCode(403);
        given().auth().oauth2(LAND_EDITOR).post("/api/v1/knowledge/articles/" + legal + "/versions/1/restore")
                .then().statusCode(403);

        given().auth().oauth2(operator()).get("/api/v1/knowledge/articles/" + legal)
                .then().statusCode(200).body("title", not(equalTo("Подмена"))).body("editable", equalTo(false));
    }

    @Test
    void editorCannotMoveOwnArticleIntoAnotherDepartmentsSection() {
        String id = anArticle(landSection).create(LAND_EDITOR);
        given().auth().oauth2(LAND_EDITOR).contentType(ContentType.JSON)
                .body(anArticle(legalSection).with("baseVersion", 1).build())
                .put("/api/v1/knowledge/articles/" + id).then().statusCode(403);
    }

    @Test
    void editorOfSeveralUnitsEditsEach() {
        String both = editorOf("vera.both", "land", "legal");
        anArticle(landSection).create(both);
        anArticle(legalSection).create(both);
    }

    @Test
    void departmentClaimMayBeASingleCode() {
        String single = KnowledgeFixtures.token("semen.single", Set.of("kb_editor"), Map.of(CurrentUser.DEPARTMENT_CLAIM, "land"));
        anArticle(landSection).create(single);
        given().auth().oauth2(single).contentType(ContentType.JSON).body(anArticle(legalSection).build())
                .post("/api/v1/knowledge/articles").then().statusCode(403);
    }

    @Test
    void editorWithoutDepartmentEditsNothing() {
        String nobody = KnowledgeFixtures.token("nina.nodept", Set.of("kb_editor"), Map.of());
        given().auth().oauth2(nobody).contentType(ContentType.JSON).body(anArticle(landSection).build())
                .post("/api/v1/knowledge/articles").then().statusCode(403)
                .body("detail", containsString("не указано подразделение"));
    }

    @Test
    void adminEditsEverySection() {
        anArticle(legalSection).publish(admin());
        anArticle(landSection).publish(admin());
    }

    @Test
    void staffWithoutEditorRoleCannotWrite() {
        given().auth().oauth2(operator()).contentType(ContentType.JSON).body(anArticle(landSection).build())
                .post("/api/v1/knowledge/articles").then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        String headOfLand = KnowledgeFixtures.token("sergey.head", Set.of("head"), Map.of(CurrentUser.DEPARTMENT_CLAIM, "land"));
        given().auth().oauth2(headOfLand).contentType(ContentType.JSON).body(anArticle(landSection).build())
                .post("/api/v1/knowledge/articles").then().statusCode(403);
    }

    @Test
    void anonymousCallerCannotWriteOrBrowse() {
        given().contentType(ContentType.JSON).body(anArticle(landSection).build())
                .post("/api/v1/knowledge/articles").then().statusCode(401)
                .body("type", equalTo("/problems/unauthenticated"));
        given().get("/api/v1/knowledge/sections").then().statusCode(401);
        given().get("/api/v1/knowledge/articles").then().statusCode(401);
        given().auth().oauth2(KnowledgeFixtures.token("anna", Set.of("client"), Map.of()))
                .get("/api/v1/knowledge/sections").then().statusCode(403);
    }

    @Test
    void draftsAreSeenOnlyByTheirUnitsEditors() {
        String draft = anArticle(landSection).title("Черновик отдела").create(LAND_EDITOR);

        given().auth().oauth2(LAND_EDITOR).get("/api/v1/knowledge/articles/" + draft).then().statusCode(200);
        given().auth().oauth2(admin()).get("/api/v1/knowledge/articles/" + draft).then().statusCode(200);
        given().auth().oauth2(operator()).get("/api/v1/knowledge/articles/" + draft).then().statusCode(404);
        given().auth().oauth2(LEGAL_EDITOR).get("/api/v1/knowledge/articles/" + draft).then().statusCode(404);

        given().auth().oauth2(LAND_EDITOR).queryParam("section", landSection).queryParam("size", 100)
                .get("/api/v1/knowledge/articles").then().statusCode(200).body("items.id", hasItem(draft));
        given().auth().oauth2(operator()).queryParam("section", landSection).queryParam("size", 100)
                .get("/api/v1/knowledge/articles").then().statusCode(200).body("items.id", not(hasItem(draft)));
    }

    @Test
    void sectionsSayWhoMayEditThem() {
        Map<String, Boolean> editable = Map.of(
                landSection, true,
                legalSection, false);
        List<Map<String, Object>> sections = given().auth().oauth2(LAND_EDITOR)
                .get("/api/v1/knowledge/sections").then().statusCode(200).extract().path("$");
        editable.forEach((id, expected) -> assertThat(sections).filteredOn(s -> id.equals(s.get("id")))
                .singleElement().extracting(s -> s.get("editable")).isEqualTo(expected));
    }

    @Test
    void onlyAnAdministratorMovesASectionToAnotherUnit() {
        String section = aSection("land");
        Map<String, Object> move = Map.of("departmentCode", "legal", "title", "Перенесённый раздел " + section);
        given().auth().oauth2(LAND_EDITOR).contentType(ContentType.JSON).body(move)
                .put("/api/v1/knowledge/sections/" + section).then().statusCode(403)
                .body("type", equalTo("/problems/knowledge-owner-change"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(move)
                .put("/api/v1/knowledge/sections/" + section).then().statusCode(200)
                .body("departmentCode", equalTo("legal"));
    }
}
