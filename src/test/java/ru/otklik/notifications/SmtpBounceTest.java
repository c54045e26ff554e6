package ru.otklik.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.otklik.notifications.NoticeFixtures.aNotice;

import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.otklik.notifications.internal.OutboxDispatcher;
import ru.otklik.testing.BouncingSmtp;
import ru.otklik.testing.BouncingSmtpProfile;

/** A mailbox that does not exist fails at once with the server's reason; a busy one is retried. */
@QuarkusTest
@TestProfile(BouncingSmtpProfile.class)
class SmtpBounceTest {

    @Inject
    NotificationService notifications;

    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void aPermanent550FailsAfterOneAttemptWithTheServersReason() {
        String address = "gone." + UUID.randomUUID() + "@example.org";
        UUID id = enqueue(aNotice().email(address));

        Notification n = new OutboxDriver(dispatcher).settle(id);

        assertThat(n.status).isEqualTo(NotificationStatus.FAILED);
        assertThat(n.attempts).as("no pointless retries").isEqualTo(1);
        assertThat(n.lastError).contains("отказал окончательно (550)").contains("No such user");
        assertThat(rcptsOf(address)).containsExactly(address + " → 550");
    }

    @Test
    void aTemporary451IsRetriedUntilTheAttemptsRunOut() {
        String address = "busy." + UUID.randomUUID() + "@example.org";
        UUID id = enqueue(aNotice().email(address));

        Notification n = new OutboxDriver(dispatcher).settle(id);

        assertThat(n.status).isEqualTo(NotificationStatus.FAILED);
        assertThat(n.attempts).as("max attempts of the test profile").isEqualTo(3);
        // Every attempt the server answered was refused with 451, and the log says so. The mail
        // client now and then hangs on the connection after a refusal until its timeout; that
        // attempt is a temporary failure too, retried like the others, so it may stand in for one.
        List<String> details = QuarkusTransaction.requiringNew().call(() -> NotificationAttempt
                .<NotificationAttempt>list("notificationId = ?1 order by attemptNo", id).stream()
                .map(a -> a.detail).toList());
        assertThat(details).hasSize(3)
                .allMatch(d -> d.contains("временно отказал (451)") || d.contains("TimeoutException"))
                .anyMatch(d -> d.contains("временно отказал (451)") && d.contains("Mailbox busy"));
        assertThat(rcptsOf(address)).hasSizeBetween(1, 3).allMatch(r -> r.endsWith("451"));
    }

    @Test
    void anExistingMailboxIsDeliveredOnce() {
        String address = "maria." + UUID.randomUUID() + "@example.org";
        UUID id = enqueue(aNotice().email(address));

        assertThat(new OutboxDriver(dispatcher).settle(id).status).isEqualTo(NotificationStatus.SENT);
        assertThat(rcptsOf(address)).containsExactly(address + " → 250");
    }

    private static List<String> rcptsOf(String address) {
        return BouncingSmtp.RCPTS.stream().filter(r -> r.startsWith(address)).toList();
    }

    private UUID enqueue(NoticeFixtures notice) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(notice.build()).notificationIds().get(0));
    }
}
