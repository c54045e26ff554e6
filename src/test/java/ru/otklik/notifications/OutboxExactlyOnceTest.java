package ru.otklik.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static ru.otklik.notifications.NoticeFixtures.aNotice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.otklik.notifications.internal.OutboxDispatcher;
import ru.otklik.testing.NotificationsProfile;
import ru.otklik.testing.SmtpServer;
import ru.otklik.testing.Tokens;

/** The outbox's promise: a notice exists exactly when its business change does, and goes out once. */
@QuarkusTest
@TestProfile(NotificationsProfile.class)
class OutboxExactlyOnceTest {

    SmtpServer smtp;

    @Inject
    NotificationService notifications;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    CrashAfterAccept crash;

    OutboxDriver outbox;

    @BeforeEach
    void takeOverTheDispatcher() {
        outbox = new OutboxDriver(dispatcher);
        outbox.takeOver();
    }

    @Test
    void twoDispatchersOnOneDatabaseNeverSendANotificationTwice() throws Exception {
        String domain = "batch-" + UUID.randomUUID() + ".example.org";
        int total = 1000;
        // one business transaction queuing a thousand notices; a loaded machine needs more than the default minute
        List<UUID> ids = QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            List<UUID> created = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                created.addAll(notifications.enqueue(aNotice().email("client" + i + "@" + domain).build()).notificationIds());
            }
            return created;
        });

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (String instance : List.of("instance-a", "instance-b")) {
            running.add(instances.submit(() -> {
                start.await();
                outbox.drain(instance);
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        instances.shutdown();
        // a refused connection leaves its row due again after a short backoff: let the retries finish
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            outbox.drain("instance-a");
            return QuarkusTransaction.requiringNew().call(() ->
                    Notification.count("id in ?1 and status <> ?2", ids, NotificationStatus.SENT)) == 0;
        });

        List<MimeMessage> arrived = smtp.received().stream()
                .filter(m -> recipient(m).endsWith("@" + domain)).toList();
        Map<String, Long> perMessageId = arrived.stream()
                .collect(Collectors.groupingBy(Mails::messageId, Collectors.counting()));
        assertThat(arrived).hasSize(total);
        assertThat(perMessageId).hasSize(total).allSatisfy((messageId, count) -> assertThat(count).isEqualTo(1L));
        assertThat(arrived.stream().map(OutboxExactlyOnceTest::recipient).distinct()).hasSize(total);

        List<NotificationAttempt> log = QuarkusTransaction.requiringNew().call(() ->
                NotificationAttempt.<NotificationAttempt>list("notificationId in ?1", ids));
        // A mail server may refuse a connection under load; that attempt is retried and logged as such.
        // What must never happen is a second accepted send, or one instance taking over the other's row.
        Map<UUID, Long> sentPerNotification = log.stream().filter(a -> "sent".equals(a.outcome))
                .collect(Collectors.groupingBy(a -> a.notificationId, Collectors.counting()));
        assertThat(sentPerNotification).hasSize(total).allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));
        assertThat(log).filteredOn(a -> !"sent".equals(a.outcome))
                .allSatisfy(a -> assertThat(a.outcome).as("attempt %d of %s: %s", a.attemptNo, a.notificationId, a.detail)
                        .isEqualTo("retry"));
        Map<String, Long> sentByInstance = log.stream().filter(a -> "sent".equals(a.outcome))
                .collect(Collectors.groupingBy(a -> a.worker, Collectors.counting()));
        assertThat(sentByInstance).containsOnlyKeys("instance-a", "instance-b")
                .allSatisfy((instance, count) -> assertThat(count).as("work done by %s", instance).isPositive());
        assertThat(ids).allSatisfy(id -> assertThat(OutboxDriver.status(id)).isEqualTo(NotificationStatus.SENT));
    }

    @Test
    void crashAfterSmtpAcceptedIsResentWithTheSameMessageIdAndTheLogShowsIt() {
        NoticeFixtures notice = aNotice();
        UUID id = QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(notice.build()).notificationIds().get(0));
        crash.arm(id);

        assertThatThrownBy(() -> dispatcher.dispatchBatch("instance-a"))
                .isInstanceOf(CrashAfterAccept.SimulatedCrash.class);

        // Instance A died after the SMTP server accepted the mail: the client has it, our record does not.
        assertThat(smtp.receivedBy(notice.email())).hasSize(1);
        assertThat(OutboxDriver.status(id)).isEqualTo(NotificationStatus.SENDING);

        // Nothing more happens until A's lease runs out; then another instance takes the row over.
        assertThat(dispatcher.dispatchBatch("instance-b")).isZero();
        expireLease(id);
        outbox.drain("instance-b");

        List<MimeMessage> inbox = smtp.receivedBy(notice.email());
        assertThat(inbox).as("at-least-once: the resend reaches the server too").hasSize(2);
        MimeMessage first = inbox.get(0);
        MimeMessage resend = inbox.get(1);
        Notification n = OutboxDriver.load(id);
        assertThat(Mails.messageId(first)).isEqualTo(Mails.messageId(resend)).isEqualTo(n.emailMessageId);
        assertThat(Mails.subject(resend)).isEqualTo(Mails.subject(first));
        assertThat(Mails.text(resend)).isEqualTo(Mails.text(first));
        assertThat(Mails.html(resend)).isEqualTo(Mails.html(first));
        assertThat(n.status).isEqualTo(NotificationStatus.SENT);
        assertThat(n.attempts).isEqualTo(2);

        List<Map<String, Object>> attempts = given().auth().oauth2(Tokens.operator())
                .when().get("/api/v1/notifications/" + id)
                .then().statusCode(200).extract().path("attempts");
        assertThat(attempts).extracting(a -> a.get("worker"), a -> a.get("outcome"), a -> a.get("emailMessageId"))
                .containsExactly(
                        tuple("instance-a", "interrupted", n.emailMessageId),
                        tuple("instance-b", "sent", n.emailMessageId));
        assertThat((String) attempts.get(0).get("detail")).contains("Message-ID");
    }

    @Test
    void aNoticeRolledBackWithItsBusinessChangeIsNeverSent() {
        NoticeFixtures notice = aNotice();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            notifications.enqueue(notice.build());
            throw new IllegalStateException("the business change failed after queuing its notice");
        })).isInstanceOf(IllegalStateException.class);
        outbox.drain("instance-a");

        assertThat(smtp.receivedBy(notice.email())).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Notification.count("messageRef", notice.messageRef())))
                .isZero();
    }

    @Test
    void theSameBusinessEventQueuedTwiceIsSentOnce() {
        NoticeFixtures notice = aNotice();
        Function<Void, NotificationService.Enqueued> enqueue =
                v -> QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(notice.build()));

        NotificationService.Enqueued first = enqueue.apply(null);
        NotificationService.Enqueued again = enqueue.apply(null);
        outbox.drain("instance-a");

        assertThat(again).isEqualTo(first);
        assertThat(smtp.receivedBy(notice.email())).hasSize(1);
    }

    @Test
    void queuingOutsideABusinessTransactionIsRefused() {
        assertThatThrownBy(() -> notifications.enqueue(aNotice().build()))
                .isInstanceOf(TransactionalException.class);
    }

    private static void expireLease(UUID id) {
        QuarkusTransaction.requiringNew().run(() ->
                Notification.update("claimedUntil = ?1 where id = ?2", Instant.now().minusSeconds(1), id));
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
