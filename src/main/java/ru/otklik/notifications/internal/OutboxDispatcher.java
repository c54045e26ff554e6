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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final String instanceId;
    private ExecutorService pool;

    OutboxDispatcher(NotificationRepository notifications, NotificationAttemptRepository attempts,
            OutboxConfig config, Clock clock, EntityManager em, @Any Instance<ChannelSender> senders,
            @Any Instance<DispatchObserver> observers) {
        this.notifications = notifications;
        this.attempts = attempts;
        this.config = config;
        this.clock = clock;
        this.em = em;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.observers = observers;
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
        return rows.stream().map(n -> {
            NotificationAttempt a = new NotificationAttempt();
            a.notificationId = n.id;
            a.attemptNo = n.attempts;
            a.worker = worker;
            a.startedAt = now;
            a.outcome = NotificationAttempt.Outcome.IN_PROGRESS.code();
            a.emailMessageId = n.emailMessageId;
            attempts.persist(a);
            return toDispatch(n, a.attemptNo, worker);
        }).toList();
    }

    private Dispatch toDispatch(Notification n, int attemptNo, String worker) {
        List<Dispatch.Attached> files = n.channel == DeliveryChannel.EMAIL
                ? NotificationAttachment.<NotificationAttachment>list("notificationId", n.id).stream()
                        .map(f -> new Dispatch.Attached(f.fileName, f.contentType, f.content)).toList()
                : List.of();
        return new Dispatch(n.id, attemptNo, worker, n.kind, n.channel, n.messageRef, n.recipient, n.recipientName,
                n.subject, n.bodyText, n.bodyHtml, n.emailMessageId, files,
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
                    Notification n = lockOwned(d);
                    if (n != null) {
                        apply(n, d, sender.send(d));
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

    private void recordInTransaction(Dispatch d, SendResult result) {
        Notification n = lockOwned(d);
        if (n != null) {
            apply(n, d, result);
        } else {
            finishAttempt(d, result, false);
        }
    }

    /** The row, locked, if this attempt still owns it; null when its lease ran out and it was claimed again. */
    private Notification lockOwned(Dispatch d) {
        Notification n = em.find(Notification.class, d.id(), LockModeType.PESSIMISTIC_WRITE);
        if (n.status == NotificationStatus.SENDING && n.attempts == d.attempt() && d.worker().equals(n.claimedBy)) {
            return n;
        }
        LOG.warnf("Notification %s: result of %s's attempt %d ignored, the row was claimed again",
                d.id(), d.worker(), d.attempt());
        return null;
    }

    private void finishAttempt(Dispatch d, SendResult result, boolean givesUp) {
        attempts.current(d.id(), d.attempt()).ifPresent(a -> {
            a.finishedAt = clock.instant();
            a.outcome = (givesUp ? NotificationAttempt.Outcome.FAILED
                    : NotificationAttempt.Outcome.valueOf(result.kind().name())).code();
            a.detail = truncate(result.detail());
        });
    }

    private void apply(Notification n, Dispatch d, SendResult result) {
        Instant now = clock.instant();
        finishAttempt(d, result, result.kind() == SendResult.Kind.RETRY && n.attempts >= n.maxAttempts);
        n.claimedBy = null;
        n.claimedUntil = null;
        switch (result.kind()) {
            case SENT -> {
                n.status = NotificationStatus.SENT;
                n.sentAt = now;
                n.providerRef = truncate(result.detail());
                n.lastError = null;
                LOG.infof("Notification %s (%s, %s) sent on attempt %d", n.id, n.kind.code(), n.channel.code(),
                        n.attempts);
            }
            case RETRY -> {
                n.lastError = truncate(result.detail());
                if (n.attempts >= n.maxAttempts) {
                    n.status = NotificationStatus.FAILED;
                    n.lastError = truncate("Попыток: " + n.attempts + ". Последняя ошибка: " + result.detail());
                    LOG.warnf("Notification %s (%s, %s) failed after %d attempts: %s", n.id, n.kind.code(),
                            n.channel.code(), n.attempts, result.detail());
                } else {
                    n.status = NotificationStatus.PENDING;
                    n.nextAttemptAt = now.plus(backoff.after(n.attempts - (n.maxAttempts - config.maxAttempts())));
                    LOG.infof("Notification %s attempt %d failed, next at %s: %s", n.id, n.attempts, n.nextAttemptAt,
                            result.detail());
                }
            }
            case FAILED -> {
                n.status = NotificationStatus.FAILED;
                n.lastError = truncate(result.detail());
                LOG.warnf("Notification %s (%s, %s) refused by the channel: %s", n.id, n.kind.code(), n.channel.code(),
                        result.detail());
            }
        }
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
