package ru.otklik.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.otklik.knowledge.KnowledgeFixtures.aSection;
import static ru.otklik.knowledge.KnowledgeFixtures.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import ru.otklik.calendar.CalendarService;
import ru.otklik.shared.time.TimeConfig;

/** §35: unit heads are reminded of overdue sections on working days, once per section and due date. */
@QuarkusTest
class KnowledgeReviewRemindersTest {

    private static final String HEAD = "hr-head@example.org";

    @Inject
    ReviewReminderService reminders;

    @Inject
    CalendarService calendar;

    @Inject
    EntityManager db;

    @Test
    void oneReminderPerSectionAndDueDateOnWorkingDaysOnly() {
        LocalDate today = LocalDate.now(TimeConfig.DEPARTMENT_ZONE);
        String section = aSection("hr");
        String title = given().auth().oauth2(admin()).get("/api/v1/knowledge/sections/" + section).then().statusCode(200)
                .extract().path("title");
        QuarkusTransaction.requiringNew().run(() -> {
            // Last reviewed three months ago: due two months ago.
            db.createNativeQuery("update kb_section set review_anchor = :anchor where id = :id")
                    .setParameter("anchor", today.minusMonths(3)).setParameter("id", UUID.fromString(section)).executeUpdate();
        });
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("email", HEAD))
                .put("/api/v1/departments/hr/head").then().statusCode(204);

        LocalDate dayOff = day(today.plusDays(1), false);
        reminders.remind(dayOff);
        assertThat(remindersAbout(title)).isEmpty();

        LocalDate workday = day(today.plusDays(1), true);
        assertThat(reminders.remind(workday)).isPositive();
        List<String> sent = remindersAbout(title);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)).contains("«" + title + "»", "просрочено", "отдел организационной и кадровой работы");

        reminders.remind(day(workday.plusDays(1), true));
        assertThat(remindersAbout(title)).as("the same due date is never reminded twice").hasSize(1);

        // A review moves the due date a month on: the new date gets its own reminder when it comes near.
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "no_changes", "notes", "Проверено, изменений нет."))
                .post("/api/v1/knowledge/sections/" + section + "/reviews").then().statusCode(201);
        String dueOn = given().auth().oauth2(admin()).get("/api/v1/knowledge/sections/" + section).then().statusCode(200)
                .extract().path("nextReviewDue");
        reminders.remind(day(LocalDate.parse(dueOn).minusDays(2), true));
        assertThat(remindersAbout(title)).hasSize(2);
    }

    @Test
    void onlyAnAdminSetsTheHeadAndOnlyAValidAddress() {
        given().auth().oauth2(KnowledgeFixtures.editorOf("marina.land", "land")).contentType(ContentType.JSON)
                .body(Map.of("email", HEAD)).put("/api/v1/departments/land/head").then().statusCode(403);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("email", "не адрес"))
                .put("/api/v1/departments/land/head").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("email", HEAD))
                .put("/api/v1/departments/nowhere/head").then().statusCode(404);
    }

    @Test
    void noHeadEmailNoReminderAndNothingRecorded() {
        LocalDate today = LocalDate.now(TimeConfig.DEPARTMENT_ZONE);
        String section = aSection("finance");
        QuarkusTransaction.requiringNew().run(() -> {
            db.createNativeQuery("update kb_section set review_anchor = :anchor where id = :id")
                    .setParameter("anchor", today.minusMonths(2)).setParameter("id", UUID.fromString(section)).executeUpdate();
        });
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("email", ""))
                .put("/api/v1/departments/finance/head").then().statusCode(204);
        reminders.remind(day(today.plusDays(1), true));
        long recorded = QuarkusTransaction.requiringNew().call(() -> ((Number) db
                .createNativeQuery("select count(*) from kb_review_reminder where section_id = :id")
                .setParameter("id", UUID.fromString(section)).getSingleResult()).longValue());
        assertThat(recorded).as("reminded once a head e-mail is set").isZero();
    }

    /** The first date from {@code from} that is (or is not) a working day on the production calendar. */
    private LocalDate day(LocalDate from, boolean working) {
        LocalDate d = from;
        while (calendar.workingTime().isWorkingDay(d) != working) {
            d = d.plusDays(1);
        }
        return d;
    }

    @SuppressWarnings("unchecked")
    private List<String> remindersAbout(String title) {
        return QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery("""
                select body_text from notification
                where kind = 'kb_review_reminder' and recipient = :to and channel = 'email' and body_text like :title""")
                .setParameter("to", HEAD).setParameter("title", "%" + title + "%").getResultList());
    }
}
