package ru.otklik.notifications.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import ru.otklik.notifications.DeliveryChannel;
import ru.otklik.notifications.Notification;
import ru.otklik.notifications.NotificationAttachment;
import ru.otklik.notifications.NotificationAttempt;
import ru.otklik.notifications.NotificationAttemptRepository;
import ru.otklik.notifications.NotificationRepository;
import ru.otklik.notifications.NotificationSent;
import ru.otklik.notifications.NotificationStatus;
import ru.otklik.notifications.OutboxConfig;

/**
 * Delivers the outbox. Each round claims a batch of due rows in one short transaction
 * ({@code FOR UPDATE SKIP LOCKED}, so several instances never take the same row), hands each to
 * its channel outside any transaction, and records the outcome in another short transaction.
 *
 * <p>Guarantee: a row is owned by one worker at a time, and a remote channel is called again
 * only when the previous owner's lease ran out without a recorded result — the process died
 * between the channel's acceptance and the commit. That resend is at-least-once by nature; it
 * carries the same e-mail Message-ID so the receiving side can recognise it, and the log shows
 * the interrupted attempt next to the resend.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    private final NotificationRepository notifications;
    private final NotificationAttemptRepository attempts;
    private final OutboxConfig config;
    private final Clock clock;
    private final EntityManager em;
    private final Map<DeliveryChannel, ChannelSender> senders = new EnumMap<>(DeliveryChannel.class);
    private final Instance<DispatchObserver> observers;
    private final Backoff backoff;
    private final Event<NotificationSent> sent;
    private final String instanceId;
    private ExecutorService pool;

    OutboxDispatcher(NotificationRepository notifications, NotificationAttemptRepository attempts,
            OutboxConfig config, Clock clock, EntityManager em, @Any Instance<ChannelSender> senders,
            @Any Instance<DispatchObserver> observers, Event<NotificationSent> sent) {
        this.notifications = notifications;
        this.attempts = attempts;
        this.config = config;
        this.clock = clock;
        this.em = em;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.observers = observers;
        this.sent = sent;
        this.backoff = new Backoff(config.backoffBase(), config.backoffMax());
        this.instanceId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Scheduled(identity = "notification-outbox", every = "{otklik.outbox.poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, executeWith = Scheduled.SIMPLE)
    void poll() {
        int claimed;
        do {
            claimed = dispatchBatch(instanceId);
        } while (claimed == config.batchSize());
    }

    /** One round for {@code worker}: claim, send, record. Returns how many rows it claimed. */
    public int dispatchBatch(String worker) {
        List<Dispatch> batch = QuarkusTransaction.requiringNew().call(() -> claim(worker));
        if (batch.size() <= 1 || config.concurrency() <= 1) {
            batch.forEach(this::deliver);
            return batch.size();
        }
        // a mail server answers each mail in milliseconds; waiting for them one by one wastes the batch
        List<CompletableFuture<Void>> running = batch.stream()
                .map(d -> CompletableFuture.runAsync(() -> deliver(d), senders()))
                .toList();
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        return batch.size();
    }

    private synchronized ExecutorService senders() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(config.concurrency(), r -> {
                Thread t = new Thread(r, "outbox-sender-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    @PreDestroy
    synchronized void shutdown() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    public String instanceId() {
        return instanceId;
    }

    private List<Dispatch> claim(String worker) {
        Instant now = clock.instant();
        List<UUID> ids = notifications.claimDue(now, now.plus(config.lease()), config.batchSize(), worker);
        if (ids.isEmpty()) {
            return List.of();
        }
        int interrupted = attempts.markInterrupted(ids, now);
        if (interrupted > 0) {
            LOG.warnf("%d notification(s) resumed after an interrupted attempt; resending with the same Message-ID",
                    interrupted);
        }
        List<Notification> rows = notifications.list("id in ?1", ids);
        Map<UUID, List<Dispatch.Attached>> files = NotificationAttachment.<NotificationAttachment>list(
                "notificationId in ?1", ids).stream()
                .collect(Collectors.groupingBy(f -> f.notificationId,
                        Collectors.mapping(f -> new Dispatch.Attached(f.fileName, f.contentType, f.content),
                                Collectors.toList())));
        return rows.stream().map(n -> {
            NotificationAttempt a = new NotificationAttempt();
            a.notificationId = n.id;
            a.attemptNo = n.attempts;
            a.worker = worker;
            a.startedAt = now;
            a.outcome = NotificationAttempt.Outcome.IN_PROGRESS.code();
            a.emailMessageId = n.emailMessageId;
            attempts.persist(a);
            return toDispatch(n, a.attemptNo, worker, files.getOrDefault(n.id, List.of()));
        }).toList();
    }

    private Dispatch toDispatch(Notification n, int attemptNo, String worker, List<Dispatch.Attached> files) {
        return new Dispatch(n.id, attemptNo, n.maxAttempts, worker, n.kind, n.channel, n.messageRef, n.recipient,
                n.recipientName,
                n.subject, n.bodyText, n.bodyHtml, n.emailMessageId, n.emailInReplyTo, n.emailReferences, files,
                n.callWindows == null ? List.of() : List.copyOf(n.callWindows),
                n.templateValues == null ? Map.of() : Map.copyOf(n.templateValues));
    }

    private void deliver(Dispatch d) {
        ChannelSender sender = senders.get(d.channel());
        if (sender == null) {
            record(d, SendResult.failed("Канал «" + d.channel().code() + "» не подключён"));
            return;
        }
        if (sender.local()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (lockOwned(d)) {
                        recordInTransaction(d, sender.send(d));
                    } else {
                        LOG.warnf("Notification %s: attempt %d of %s no longer owns the row, not delivered",
                                d.id(), d.attempt(), d.worker());
                    }
                });
            } catch (RuntimeException e) {
                LOG.warnf(e, "Notification %s: %s channel failed", d.id(), d.channel().code());
                record(d, SendResult.retry(describe(e)));
            }
            return;
        }
        SendResult result;
        try {
            result = sender.send(d);
        } catch (RuntimeException e) {
            result = SendResult.retry(describe(e));
        }
        if (result.kind() == SendResult.Kind.SENT) {
            observers.forEach(o -> o.accepted(d));
        }
        record(d, result);
    }

    private void record(Dispatch d, SendResult result) {
        QuarkusTransaction.requiringNew().run(() -> recordInTransaction(d, result));
    }

    /**
     * Stores the outcome with two fenced updates and no entity loading: the row changes only if
     * this attempt still owns it. If its lease ran out and another worker took it, that worker's
     * result is the one that counts, and this one only closes its attempt record.
     */
    private void recordInTransaction(Dispatch d, SendResult result) {
        Instant now = clock.instant();
        boolean givesUp = result.kind() == SendResult.Kind.FAILED
                || result.kind() == SendResult.Kind.RETRY && d.attempt() >= d.maxAttempts();
        NotificationAttempt.Outcome outcome = result.kind() == SendResult.Kind.SENT ? NotificationAttempt.Outcome.SENT
                : givesUp ? NotificationAttempt.Outcome.FAILED : NotificationAttempt.Outcome.RETRY;
        attempts.finish(d.id(), d.attempt(), outcome, now, truncate(result.detail()));
        int updated;
        if (outcome == NotificationAttempt.Outcome.SENT) {
            updated = notifications.recordSent(d.id(), d.attempt(), d.worker(), now, truncate(result.detail()));
        } else if (givesUp) {
            String reason = result.kind() == SendResult.Kind.RETRY
                    ? "Попыток: " + d.attempt() + ". Последняя ошибка: " + result.detail()
                    : result.detail();
            updated = notifications.recordFailed(d.id(), d.attempt(), d.worker(), truncate(reason));
        } else {
            Instant next = now.plus(backoff.after(d.attempt() - (d.maxAttempts() - config.maxAttempts())));
            updated = notifications.recordRetry(d.id(), d.attempt(), d.worker(), next, truncate(result.detail()));
        }
        if (updated == 0) {
            LOG.warnf("Notification %s: result of %s's attempt %d ignored, the row was claimed again",
                    d.id(), d.worker(), d.attempt());
        } else if (outcome == NotificationAttempt.Outcome.SENT) {
            LOG.infof("Notification %s (%s, %s) sent on attempt %d", d.id(), d.kind().code(), d.channel().code(),
                    d.attempt());
            // observers act after this transaction commits, so they never see a send that was rolled back
            sent.fire(new NotificationSent(d.id(), d.kind(), d.messageRef(), d.channel(), now));
        } else if (givesUp) {
            LOG.warnf("Notification %s (%s, %s) failed on attempt %d: %s", d.id(), d.kind().code(),
                    d.channel().code(), d.attempt(), result.detail());
        } else {
            LOG.infof("Notification %s attempt %d failed, will retry: %s", d.id(), d.attempt(), result.detail());
        }
    }

    /** Locks the row and says whether this attempt still owns it — checked before a local write. */
    private boolean lockOwned(Dispatch d) {
        Notification n = em.find(Notification.class, d.id(), LockModeType.PESSIMISTIC_WRITE);
        return n.status == NotificationStatus.SENDING && n.attempts == d.attempt() && d.worker().equals(n.claimedBy);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getClass().getSimpleName() + ": " + message;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }
}
