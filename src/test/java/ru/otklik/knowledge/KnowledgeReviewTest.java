package ru.otklik.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.otklik.knowledge.KnowledgeFixtures.aSection;
import static ru.otklik.knowledge.KnowledgeFixtures.admin;
import static ru.otklik.knowledge.KnowledgeFixtures.editorOf;
import static ru.otklik.knowledge.KnowledgeFixtures.operator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** §35: every unit checks its part at least monthly; the dashboard shows what is due and overdue. */
@QuarkusTest
class KnowledgeReviewTest {

    private static final String LAND_EDITOR = editorOf("marina.land", "land");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Novosibirsk"));

    @Test
    void newSectionIsDueACalendarMonthAfterItsCreation() {
        given().auth().oauth2(LAND_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("departmentCode", "land", "title", "Аренда " + UUID.randomUUID()))
                .post("/api/v1/knowledge/sections")
                .then().statusCode(201)
                .body("reviewCadenceMonths", equalTo(1))
                .body("nextReviewDue", equalTo(TODAY.plusMonths(1).toString()))
                .body("reviewState", equalTo("ok"));
    }

    @Test
    void recordedReviewRestartsTheCycleFromToday() {
        String section = aSection("land");
        anchorAt(section, TODAY.minusMonths(2));

        given().auth().oauth2(LAND_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("outcome", "updated", "notes", "Добавлен частый вопрос о продлении аренды."))
                .post("/api/v1/knowledge/sections/" + section + "/reviews")
                .then().statusCode(201)
                .body("reviewer", equalTo("marina.land"))
                .body("outcome", equalTo("updated"))
                .body("nextReviewDue", equalTo(TODAY.plusMonths(1).toString()));

        given().auth().oauth2(operator()).get("/api/v1/knowledge/sections/" + section)
                .then().statusCode(200)
                .body("lastReviewedOn", equalTo(TODAY.toString()))
                .body("nextReviewDue", equalTo(TODAY.plusMonths(1).toString()))
                .body("reviewState", equalTo("ok"));
        given().auth().oauth2(operator()).get("/api/v1/knowledge/sections/" + section + "/reviews")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].notes", equalTo("Добавлен частый вопрос о продлении аренды."));
    }

    @Test
    void cadenceOfSeveralMonthsMovesTheDueDate() {
        String section = aSection("land");
        given().auth().oauth2(LAND_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("departmentCode", "land", "title", "Квартальный " + section, "reviewCadenceMonths", 3))
                .put("/api/v1/knowledge/sections/" + section)
                .then().statusCode(200)
                .body("nextReviewDue", equalTo(TODAY.plusMonths(3).toString()));
    }

    @Test
    void dashboardListsOverdueAndSoonDueSectionsPerDepartment() {
        String overdue = aSection("land");
        String soon = aSection("land");
        String fresh = aSection("land");
        String legalOverdue = aSection("legal");
        LocalDate overdueAnchor = TODAY.minusDays(5).minusMonths(1);
        LocalDate soonAnchor = TODAY.plusDays(3).minusMonths(1);
        anchorAt(overdue, overdueAnchor);
        anchorAt(soon, soonAnchor);
        anchorAt(legalOverdue, TODAY.minusMonths(2));

        Map<String, Object> due = given().auth().oauth2(operator()).queryParam("within", 7)
                .get("/api/v1/knowledge/reviews/due").then().statusCode(200)
                .body("asOf", equalTo(TODAY.toString()))
                .extract().path("$");
        List<Map<String, Object>> departments = cast(due.get("departments"));
        Map<String, Object> land = departments.stream().filter(d -> d.get("departmentCode").equals("land")).findFirst().orElseThrow();
        List<Map<String, Object>> landSections = cast(land.get("sections"));
        LocalDate overdueOn = overdueAnchor.plusMonths(1);
        assertThat(landSections).filteredOn(s -> s.get("sectionId").equals(overdue)).singleElement().satisfies(s -> {
            assertThat(s.get("state")).isEqualTo("overdue");
            assertThat(s.get("dueOn")).isEqualTo(overdueOn.toString());
            assertThat(((Number) s.get("daysOverdue")).longValue()).isEqualTo(ChronoUnit.DAYS.between(overdueOn, TODAY)).isPositive();
        });
        assertThat(landSections).filteredOn(s -> s.get("sectionId").equals(soon)).singleElement().satisfies(s -> {
            assertThat(s.get("state")).isEqualTo("due_soon");
            assertThat(s.get("dueOn")).isEqualTo(soonAnchor.plusMonths(1).toString());
            assertThat(((Number) s.get("daysOverdue")).longValue()).isZero();
        });
        assertThat(landSections).noneMatch(s -> s.get("sectionId").equals(fresh));
        assertThat(departments.stream().map(d -> d.get("departmentCode")).toList())
                .containsSubsequence("legal", "land");

        List<String> dueToday = given().auth().oauth2(operator()).queryParam("within", 0).get("/api/v1/knowledge/reviews/due")
                .then().statusCode(200).extract().path("departments.sections.flatten().sectionId");
        assertThat(dueToday).contains(overdue, legalOverdue).doesNotContain(fresh);
        if (soonAnchor.plusMonths(1).isAfter(TODAY)) {
            assertThat(dueToday).doesNotContain(soon);
        }
        given().auth().oauth2(operator()).queryParam("within", 91).get("/api/v1/knowledge/reviews/due")
                .then().statusCode(400).body("errors.field", hasItem("within"));
    }

    @Test
    void onlyTheOwningUnitRecordsItsReview() {
        String legal = aSection("legal");
        given().auth().oauth2(LAND_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("outcome", "no_changes", "notes", "Проверено."))
                .post("/api/v1/knowledge/sections/" + legal + "/reviews")
                .then().statusCode(403).body("type", equalTo("/problems/knowledge-foreign-section"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "no_changes", "notes", "Проверено администратором."))
                .post("/api/v1/knowledge/sections/" + legal + "/reviews")
                .then().statusCode(201);
        given().auth().oauth2(LAND_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("outcome", "no_changes", "notes", " "))
                .post("/api/v1/knowledge/sections/" + aSection("land") + "/reviews")
                .then().statusCode(400).body("errors.field", hasItem("notes"));
    }

    private static void anchorAt(String sectionId, LocalDate anchor) {
        QuarkusTransaction.requiringNew().run(() -> Section.update("reviewAnchor = ?1 where id = ?2", anchor, UUID.fromString(sectionId)));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
