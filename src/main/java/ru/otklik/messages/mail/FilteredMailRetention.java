package ru.otklik.messages.mail;

import java.time.Clock;
import java.time.Instant;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.shared.time.TimeConfig;

/**
 * Deletes the content of filtered mail once staff have had time to check the filter: the
 * envelope stays, so the list still shows what was filtered and why, but the letter itself —
 * personal data that became no message — is not kept. A mail registered as a message lives on in
 * the message; its raw copy goes too.
 */
@ApplicationScoped
public class FilteredMailRetention {

    private static final Logger LOG = Logger.getLogger(FilteredMailRetention.class);

    private final MailIntakeConfig config;
    private final Clock clock;

    FilteredMailRetention(MailIntakeConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "filtered-mail-retention", cron = "{otklik.mail-intake.filtered-retention-cron}",
            timeZone = "Asia/Novosibirsk", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Returns how many mails lost their content. */
    @Transactional
    public int purge() {
        Instant cutoff = clock.instant().atZone(TimeConfig.DEPARTMENT_ZONE)
                .minusDays(config.filteredRetentionDays()).toInstant();
        int purged = TakenMail.update("raw = null where raw is not null and receivedAt < ?1", cutoff);
        if (purged > 0) {
            LOG.infof("Retention: deleted the content of %d filtered mails received before %s", purged, cutoff);
        }
        return purged;
    }
}
