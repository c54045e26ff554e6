package ru.otklik.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import ru.otklik.shared.time.TimeConfig;

/**
 * Deletes what settled notices said once they are older than the retention period: the text,
 * the values, the client's contacts, the attempts, attachments and the printable letter. The log
 * line — what kind of notice went to whom, on which channel, when, and whether it arrived — stays
 * as the record that the client was informed.
 */
@ApplicationScoped
public class NotificationRetention {

    private static final Logger LOG = Logger.getLogger(NotificationRetention.class);

    private final EntityManager em;
    private final NotificationsConfig config;
    private final Clock clock;

    NotificationRetention(EntityManager em, NotificationsConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "notification-retention", cron = "{otklik.notifications.retention.cron}",
            timeZone = "Asia/Novosibirsk", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Purges everything due, batch by batch; returns how many notices were purged. */
    public int purge() {
        Instant cutoff = clock.instant().atZone(TimeConfig.DEPARTMENT_ZONE)
                .minusYears(config.retention().years()).toInstant();
        int total = 0;
        int purged;
        do {
            purged = QuarkusTransaction.requiringNew().call(() -> purgeBatch(cutoff));
            total += purged;
        } while (purged == config.retention().batchSize());
        if (total > 0) {
            LOG.infof("Retention: purged the content of %d notices settled before %s", total, cutoff);
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private int purgeBatch(Instant cutoff) {
        List<UUID> ids = em.createNativeQuery("""
                select id from notification
                 where purged_at is null and status in ('sent', 'failed')
                   and coalesce(sent_at, created_at) < :cutoff and created_at < :cutoff
                 order by created_at
                 limit :limit
                 for update skip locked""", UUID.class)
                .setParameter("cutoff", cutoff)
                .setParameter("limit", config.retention().batchSize())
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("delete from notification_attempt where notification_id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("delete from notification_attachment where notification_id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("update notification_letter set pdf = null where notification_id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("""
                update notification
                   set body_text = '', body_html = null, template_values = '{}'::jsonb,
                       contact_email = null, contact_phone = null, contact_address = null, call_windows = null,
                       purged_at = :now, version = version + 1
                 where id in (:ids)""")
                .setParameter("now", clock.instant())
                .setParameter("ids", ids)
                .executeUpdate();
        return ids.size();
    }
}
