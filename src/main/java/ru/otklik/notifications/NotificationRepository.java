package ru.otklik.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

/** Queries over the outbox, including the claim that lets several dispatchers share it. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /**
     * Takes up to {@code limit} due notifications for {@code worker}: pending ones whose time has
     * come, and ones left in 'sending' by a worker whose lease ran out (it died mid-send). Rows
     * locked by another dispatcher are skipped, not waited for, so each row has one owner.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(Instant now, Instant leaseUntil, int limit, String worker) {
        return getEntityManager().createNativeQuery("""
                with due as (
                    select id from notification
                    where (status = 'pending' and next_attempt_at <= :now)
                       or (status = 'sending' and claimed_until < :now)
                    order by next_attempt_at
                    limit :limit
                    for update skip locked)
                update notification n
                   set status = 'sending', attempts = n.attempts + 1, claimed_by = :worker,
                       claimed_until = :until, version = n.version + 1
                  from due
                 where n.id = due.id
                returning n.id""", UUID.class)
                .setParameter("now", now)
                .setParameter("until", leaseUntil)
                .setParameter("limit", limit)
                .setParameter("worker", worker)
                .getResultList();
    }

    /**
     * Looks a key up without flushing the caller's unsaved changes first: a feature that queues
     * many notices in one transaction would otherwise re-check all of them on every call. A key
     * queued twice in the same transaction is caught by the unique constraint at commit.
     */
    // The three outcomes of an attempt. Each changes the row only while the attempt still owns it:
    // 'sending', the same attempt number, the same worker.
    private static final String OWNED = " where id = :id and status = :sending and attempts = :attempt"
            + " and claimedBy = :worker";

    public int recordSent(UUID id, int attempt, String worker, Instant sentAt, String providerRef) {
        return owned("status = :status, sentAt = :at, providerRef = :detail, lastError = null", id, attempt, worker,
                NotificationStatus.SENT, sentAt, providerRef);
    }

    public int recordRetry(UUID id, int attempt, String worker, Instant nextAttemptAt, String error) {
        return owned("status = :status, nextAttemptAt = :at, lastError = :detail", id, attempt, worker,
                NotificationStatus.PENDING, nextAttemptAt, error);
    }

    public int recordFailed(UUID id, int attempt, String worker, String reason) {
        return getEntityManager().createQuery("update Notification set status = :status, lastError = :detail,"
                        + " claimedBy = null, claimedUntil = null, version = version + 1" + OWNED)
                .setParameter("status", NotificationStatus.FAILED).setParameter("detail", reason)
                .setParameter("id", id).setParameter("sending", NotificationStatus.SENDING)
                .setParameter("attempt", attempt).setParameter("worker", worker)
                .executeUpdate();
    }

    private int owned(String set, UUID id, int attempt, String worker, NotificationStatus status, Instant at,
            String detail) {
        return getEntityManager().createQuery("update Notification set " + set
                        + ", claimedBy = null, claimedUntil = null, version = version + 1" + OWNED)
                .setParameter("status", status).setParameter("at", at).setParameter("detail", detail)
                .setParameter("id", id).setParameter("sending", NotificationStatus.SENDING)
                .setParameter("attempt", attempt).setParameter("worker", worker)
                .executeUpdate();
    }

    /** The group of the notice enqueued under {@code key}, if any: only the id, as most keys are new. */
    public Optional<UUID> groupOfIdempotencyKey(String key) {
        return getEntityManager()
                .createQuery("select groupId from Notification where idempotencyKey = :key", UUID.class)
                .setParameter("key", key)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** The message a sent e-mail of ours was about, by its Message-ID. */
    public Optional<UUID> messageOfEmail(java.util.Collection<String> emailMessageIds) {
        return getEntityManager()
                .createQuery("select messageRef from Notification where emailMessageId in :ids and messageRef is not null",
                        UUID.class)
                .setParameter("ids", emailMessageIds)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<Notification> ofGroup(UUID groupId) {
        return list("groupId", Sort.by("createdAt"), groupId);
    }

    /** Filters of the staff delivery log; null means "any". */
    public record LogQuery(UUID messageRef, String clientSubject, String contact, NotificationStatus status,
            DeliveryChannel channel, NotificationKind kind, Instant lateAsOf) {
    }

    /** The staff delivery log, newest first, narrowed by whichever filters are given. */
    public PanacheQuery<Notification> log(LogQuery q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (q.messageRef() != null) {
            where.append(" and messageRef = :messageRef");
            params.and("messageRef", q.messageRef());
        }
        if (q.clientSubject() != null) {
            where.append(" and clientSubject = :clientSubject");
            params.and("clientSubject", q.clientSubject());
        }
        if (q.contact() != null) {
            where.append(" and (contactEmail = :contact or contactPhone = :contact)");
            params.and("contact", q.contact());
        }
        if (q.status() != null) {
            where.append(" and status = :status");
            params.and("status", q.status());
        }
        if (q.channel() != null) {
            where.append(" and channel = :channel");
            params.and("channel", q.channel());
        }
        if (q.kind() != null) {
            where.append(" and kind = :kind");
            params.and("kind", q.kind());
        }
        if (q.lateAsOf() != null) {
            where.append(" and dueBy is not null and ((status = :sent and sentAt > dueBy)"
                    + " or (status <> :sent and dueBy < :lateAsOf))");
            params.and("sent", NotificationStatus.SENT).and("lateAsOf", q.lateAsOf());
        }
        return find(where.toString(), Sort.by("createdAt", Sort.Direction.Descending).and("id"), params);
    }

    /** A notice's own term and when its first channel accepted it (null while none has). */
    public record NoticeTerm(UUID groupId, Instant dueBy, Instant deliveredAt) {
    }

    /** One row per notice (group) whose term falls in [from, to), optionally of one kind. */
    public List<NoticeTerm> terms(Instant from, Instant to, NotificationKind kind) {
        String sql = """
                select group_id, min(due_by), min(sent_at) filter (where status = 'sent')
                  from notification
                 where due_by >= :from and due_by < :to""" + (kind == null ? "" : " and kind = :kind") + """

                 group by group_id""";
        var query = getEntityManager().createNativeQuery(sql, Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (kind != null) {
            query.setParameter("kind", kind.code());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new NoticeTerm((UUID) r[0], instant(r[1]), instant(r[2]))).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    /** A client's portal inbox: what was delivered to them on the portal channel. */
    public PanacheQuery<Notification> inboxOf(String clientSubject) {
        return find("clientSubject = ?1 and channel = ?2 and status = ?3",
                Sort.by("sentAt", Sort.Direction.Descending).and("id"),
                clientSubject, DeliveryChannel.PORTAL, NotificationStatus.SENT);
    }

    public long unreadOf(String clientSubject) {
        return count("clientSubject = ?1 and channel = ?2 and status = ?3 and readAt is null",
                clientSubject, DeliveryChannel.PORTAL, NotificationStatus.SENT);
    }
}
