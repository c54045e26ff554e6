package ru.otklik.notifications;

import java.time.Duration;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import ru.otklik.notifications.internal.OutboxDispatcher;

import static org.awaitility.Awaitility.await;

/**
 * Lets a test run the dispatcher by hand (the test profile turns the scheduled poll off): rounds
 * run when and as whom the test says.
 */
final class OutboxDriver {

    private final OutboxDispatcher dispatcher;

    OutboxDriver(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Delivers whatever earlier tests left due, so a test starts with an empty queue. */
    void takeOver() {
        drain("test-dispatcher");
    }

    /** Runs rounds as {@code worker} until nothing is due. */
    void drain(String worker) {
        while (dispatcher.dispatchBatch(worker) > 0) {
            // keep going: a full batch may mean more are due
        }
    }

    /** Runs rounds until the notification is settled (sent or failed), waiting out backoff. */
    Notification settle(UUID id) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(30)).until(() -> {
            dispatcher.dispatchBatch("test-dispatcher");
            NotificationStatus s = status(id);
            return s == NotificationStatus.SENT || s == NotificationStatus.FAILED;
        });
        return load(id);
    }

    static NotificationStatus status(UUID id) {
        return load(id).status;
    }

    static Notification load(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Notification n = Notification.findById(id);
            n.callWindows = n.callWindows == null ? null : java.util.List.copyOf(n.callWindows);
            return n;
        });
    }
}
