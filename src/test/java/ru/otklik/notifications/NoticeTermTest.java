package ru.otklik.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static ru.otklik.notifications.NoticeFixtures.aNotice;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.otklik.notifications.internal.OutboxDispatcher;
import ru.otklik.testing.SettableClock;
import ru.otklik.testing.SettableClockProfile;
import ru.otklik.testing.Tokens;

/**
 * §10: the primary response carries its own term — 24 working hours from registration on the
 * production calendar — and staff and reports see which notices missed it.
 */
@QuarkusTest
@TestProfile(SettableClockProfile.class)
class NoticeTermTest {

    /** Friday afternoon before the March 2026 holiday weekend: 7–8 March off, Monday 9 March moved off. */
    static final OffsetDateTime FRIDAY_AFTERNOON = OffsetDateTime.parse("2026-03-06T15:00:00+07:00");
    /** 9 hours left on Friday, then Saturday, Sunday and Monday skipped, 15 hours of Tuesday. */
    static final OffsetDateTime TUESDAY_DUE = OffsetDateTime.parse("2026-03-10T15:00:00+07:00");

    @Inject
    NotificationService notifications;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    SettableClock clock;

    @BeforeEach
    void atRegistration() {
        clock.set(FRIDAY_AFTERNOON);
        new OutboxDriver(dispatcher).takeOver();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void primaryResponseRegisteredFridayAfternoonBeforeHolidayWeekendIsDueTuesdayAfternoon() {
        UUID id = enqueue(aNotice().withoutDueBy());

        assertThat(OutboxDriver.load(id).dueBy).isEqualTo(TUESDAY_DUE.toInstant());
        given().auth().oauth2(Tokens.operator())
                .when().get("/api/v1/notifications/" + id)
                .then().statusCode(200)
                .body("notification.dueBy", equalTo("2026-03-10T15:00:00+07:00"))
                .body("notification.timeliness", equalTo("waiting"));
    }

    @Test
    void aTermTheCallerGaveIsKeptAndKindsWithoutATermHaveNone() {
        OffsetDateTime given = OffsetDateTime.parse("2026-03-06T18:00:00+07:00");
        UUID explicit = enqueue(aNotice().dueBy(given.toInstant()));
        UUID noTerm = enqueue(aNotice().kind(NotificationKind.APPOINTMENT_CANCELLATION).withoutDueBy());

        assertThat(OutboxDriver.load(explicit).dueBy).isEqualTo(given.toInstant());
        assertThat(OutboxDriver.load(noTerm).dueBy).isNull();
    }

    @Test
    void lateAndOverdueNoticesAreFlaggedAndCountedPerNotice() {
        NoticeFixtures onTime = aNotice().withoutDueBy();
        NoticeFixtures late = aNotice().withoutDueBy();
        NoticeFixtures overdue = aNotice().withoutDueBy();
        UUID onTimeId = enqueue(onTime);
        UUID lateId = enqueue(late);
        UUID overdueId = enqueue(overdue);
        clock.set(OffsetDateTime.parse("2026-03-10T12:00:00+07:00"));
        UUID waitingId = enqueue(aNotice().withoutDueBy());
        // the waiting notice is due Wednesday noon; it is simply not dispatched in this test

        dispatchOnly(onTimeId, "2026-03-10T14:59:00+07:00");
        dispatchOnly(lateId, "2026-03-10T16:30:00+07:00");
        clock.set(OffsetDateTime.parse("2026-03-10T17:00:00+07:00"));

        String head = Tokens.withRoles("hanna.head", "head");
        given().auth().oauth2(head)
                .queryParam("from", "2026-03-09T00:00:00+07:00").queryParam("to", "2026-03-16T00:00:00+07:00")
                .queryParam("kind", "primary_response")
                .when().get("/api/v1/notifications/timeliness")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("onTime", equalTo(1))
                .body("late", equalTo(1))
                .body("overdue", equalTo(1))
                .body("waiting", equalTo(1));
        given().auth().oauth2(head).queryParam("messageId", late.messageRef()).queryParam("late", true)
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].timeliness", equalTo("late"))
                .body("items[0].dueBy", equalTo("2026-03-10T15:00:00+07:00"));
        given().auth().oauth2(head).queryParam("messageId", overdue.messageRef()).queryParam("late", true)
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("items[0].timeliness", equalTo("overdue"));
        given().auth().oauth2(head).queryParam("messageId", onTime.messageRef()).queryParam("late", true)
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("items", hasSize(0));
        assertThat(OutboxDriver.status(overdueId)).isEqualTo(NotificationStatus.PENDING);
        assertThat(OutboxDriver.load(waitingId).dueBy)
                .isEqualTo(OffsetDateTime.parse("2026-03-11T12:00:00+07:00").toInstant());
    }

    @Test
    void timelinessNeedsAPeriod() {
        given().auth().oauth2(Tokens.operator())
                .queryParam("from", "2026-03-09T00:00:00+07:00")
                .when().get("/api/v1/notifications/timeliness")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
    }

    /** Sends one notification at the given moment, leaving the rest of the queue alone. */
    private void dispatchOnly(UUID id, String at) {
        clock.set(OffsetDateTime.parse(at));
        QuarkusTransaction.requiringNew().run(() -> Notification.update(
                "nextAttemptAt = ?1 where status = ?2 and id <> ?3",
                OffsetDateTime.parse(at).plusYears(10).toInstant(), NotificationStatus.PENDING, id));
        new OutboxDriver(dispatcher).drain("test-dispatcher");
        assertThat(OutboxDriver.status(id)).isEqualTo(NotificationStatus.SENT);
        QuarkusTransaction.requiringNew().run(() -> Notification.update(
                "nextAttemptAt = ?1 where status = ?2", OffsetDateTime.parse(at).toInstant(), NotificationStatus.PENDING));
    }

    private UUID enqueue(NoticeFixtures notice) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(notice.build()).notificationIds().get(0));
    }
}
