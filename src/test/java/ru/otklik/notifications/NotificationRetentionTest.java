package ru.otklik.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ru.otklik.notifications.NoticeFixtures.aNotice;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.otklik.notifications.internal.OutboxDispatcher;
import ru.otklik.testing.SettableClock;
import ru.otklik.testing.SettableClockProfile;
import ru.otklik.testing.Tokens;

/** After five years a settled notice keeps its log line and loses what it said. */
@QuarkusTest
@TestProfile(SettableClockProfile.class)
class NotificationRetentionTest {

    @Inject
    NotificationService notifications;

    @Inject
    NotificationRetention retention;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    SettableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aNoticeOlderThanFiveYearsLosesItsTextValuesAndAttemptsButStaysInTheLog() {
        UUID old = sentAt("2025-06-02T10:00:00+07:00", aNotice());
        UUID letter = sentAt("2025-06-03T10:00:00+07:00", aNotice().by(DeliveryChannel.POST)
                .postalAddress("630099, г. Новосибирск, ул. Советская, д. 5, кв. 12"));
        UUID recent = sentAt("2025-06-10T10:00:00+07:00", aNotice());

        clock.set(OffsetDateTime.parse("2030-06-05T03:30:00+07:00"));
        retention.purge();

        Notification purged = OutboxDriver.load(old);
        assertThat(purged.purgedAt).isNotNull();
        assertThat(purged.bodyText).isEmpty();
        assertThat(purged.templateValues).isEmpty();
        assertThat(purged.contactEmail).isNull();
        assertThat(purged.status).isEqualTo(NotificationStatus.SENT);
        assertThat(purged.sentAt).isNotNull();
        String operator = Tokens.operator();
        given().auth().oauth2(operator).when().get("/api/v1/notifications/" + old)
                .then().statusCode(200)
                .body("text", nullValue())
                .body("attempts", emptyIterable())
                .body("notification.status", equalTo("sent"))
                .body("notification.recipientName", equalTo("Иванова Мария Петровна"));
        given().auth().oauth2(operator).when().get("/api/v1/letters/" + letter + "/pdf")
                .then().statusCode(410).body("type", equalTo("/problems/letter-purged"));
        given().auth().oauth2(operator).contentType("application/json").body("{\"channel\":\"sms\",\"recipient\":\"+79131234567\"}")
                .when().post("/api/v1/notifications/" + old + "/reroute")
                .then().statusCode(409).body("type", equalTo("/problems/notification-purged"));

        Notification kept = OutboxDriver.load(recent);
        assertThat(kept.purgedAt).isNull();
        assertThat(kept.bodyText).contains("Ответ по существу направим");
        given().auth().oauth2(operator).when().get("/api/v1/notifications/" + recent)
                .then().statusCode(200).body("attempts.size()", equalTo(1));
    }

    /** Enqueues and delivers a notice with the clock at the given moment. */
    private UUID sentAt(String moment, NoticeFixtures notice) {
        clock.set(OffsetDateTime.parse(moment));
        UUID id = QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(notice.build()).notificationIds().get(0));
        new OutboxDriver(dispatcher).settle(id);
        assertThat(OutboxDriver.status(id)).isEqualTo(NotificationStatus.SENT);
        return id;
    }
}
