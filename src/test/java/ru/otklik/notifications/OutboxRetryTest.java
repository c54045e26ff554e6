package ru.otklik.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.otklik.notifications.NoticeFixtures.aNotice;

import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.otklik.notifications.internal.OutboxDispatcher;
import ru.otklik.testing.NotificationsProfile;
import ru.otklik.testing.Smsc;
import ru.otklik.testing.SmtpServer;
import ru.otklik.testing.Tokens;

/** When a channel is down the notice waits, retries, gives up visibly — and is never lost. */
@QuarkusTest
@TestProfile(NotificationsProfile.class)
class OutboxRetryTest {

    SmtpServer smtp;

    Smsc smsc;

    @Inject
    NotificationService notifications;

    @Inject
    OutboxDispatcher dispatcher;

    OutboxDriver outbox;

    @BeforeEach
    void takeOverTheDispatcher() {
        outbox = new OutboxDriver(dispatcher);
        outbox.takeOver();
    }

    @AfterEach
    void serversBackUp() {
        smtp.start();
        smsc.start();
    }

    @Test
    void smtpDownRetriesThenFailsWithTheReasonAndStaffRetryDeliversItOnce() {
        NoticeFixtures notice = aNotice();
        smtp.stop();
        UUID id = enqueue(notice);

        Notification failed = outbox.settle(id);

        assertThat(failed.status).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts).isEqualTo(3);
        assertThat(failed.lastError).startsWith("Попыток: 3. Последняя ошибка: Почтовый сервер недоступен");
        assertThat(outcomes(id)).containsExactly("retry", "retry", "failed");
        given().auth().oauth2(Tokens.withRoles("hanna.head", "head"))
                .queryParam("status", "failed").queryParam("size", 100)
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.lastError", equalTo(failed.lastError));

        smtp.start();
        given().auth().oauth2(Tokens.operator())
                .when().post("/api/v1/notifications/" + id + "/retry")
                .then().statusCode(200).body("status", equalTo("pending"));
        Notification sent = outbox.settle(id);

        assertThat(sent.status).isEqualTo(NotificationStatus.SENT);
        assertThat(smtp.receivedBy(notice.email())).hasSize(1);
        // after the restart the first attempt may still find the pooled connection to the stopped
        // server and time out: one more retry, never a second send
        assertThat(outcomes(id)).startsWith("retry", "retry", "failed").endsWith("sent")
                .filteredOn("sent"::equals).hasSize(1);
        assertThat(outcomes(id).subList(3, outcomes(id).size() - 1)).allMatch("retry"::equals);
    }

    @Test
    void smtpBackBeforeTheAttemptsRunOutDeliversWithoutStaff() {
        NoticeFixtures notice = aNotice();
        smtp.stop();
        UUID id = enqueue(notice);
        dispatcher.dispatchBatch("instance-a");
        assertThat(OutboxDriver.status(id)).isEqualTo(NotificationStatus.PENDING);

        smtp.start();
        Notification n = outbox.settle(id);

        assertThat(n.status).isEqualTo(NotificationStatus.SENT);
        assertThat(smtp.receivedBy(notice.email())).hasSize(1);
        assertThat(outcomes(id)).startsWith("retry").endsWith("sent");
    }

    @Test
    void smsCentreDownRetriesThenFailsWithTheReason() {
        smsc.stop();
        UUID id = enqueue(aNotice().by(DeliveryChannel.SMS).phone("+79131112233"));

        Notification failed = outbox.settle(id);

        assertThat(failed.status).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts).isEqualTo(3);
        assertThat(failed.lastError).contains("SMS-центр недоступен");
        assertThat(outcomes(id)).containsExactly("retry", "retry", "failed");
    }

    @Test
    void numberTheSmsCentreRefusesFailsAtOnceWithoutRetrying() {
        UUID id = enqueue(aNotice().by(DeliveryChannel.SMS).phone("+79990001122"));

        Notification failed = outbox.settle(id);

        assertThat(failed.status).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts).isEqualTo(1);
        assertThat(failed.lastError).contains("SMS-центр отклонил номер");
    }

    @Test
    void retryingANotificationThatDidNotFailIsAConflict() {
        UUID id = enqueue(aNotice());
        outbox.drain("instance-a");

        given().auth().oauth2(Tokens.operator())
                .when().post("/api/v1/notifications/" + id + "/retry")
                .then().statusCode(409).body("type", equalTo("/problems/notification-not-failed"));
    }

    @Test
    void executorsSeeTheLogButCannotRetry() {
        UUID id = enqueue(aNotice());

        given().auth().oauth2(Tokens.withRoles("egor.executor", "executor"))
                .when().post("/api/v1/notifications/" + id + "/retry")
                .then().statusCode(403);
    }

    private UUID enqueue(NoticeFixtures notice) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(notice.build()).notificationIds().get(0));
    }

    private static List<String> outcomes(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> NotificationAttempt.<NotificationAttempt>list(
                "notificationId = ?1 order by attemptNo", id).stream().map(a -> a.outcome).toList());
    }
}
