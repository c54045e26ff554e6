package ru.otklik.messages.mail;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.jboss.logging.Logger;

/**
 * Polls the department mailbox over IMAP: every unseen mail is taken ({@link MailIntake}) and
 * then flagged \Seen. Mail is read with PEEK, so a crash before the flag leaves it unseen, and
 * the next poll finds its Message-ID already recorded and only flags it. A mail that cannot be
 * taken stays unseen and is tried again on the next poll.
 */
@ApplicationScoped
public class MailIntakePoller {

    private static final Logger LOG = Logger.getLogger(MailIntakePoller.class);

    private final MailIntake intake;
    private final MailIntakeConfig config;

    MailIntakePoller(MailIntake intake, MailIntakeConfig config) {
        this.intake = intake;
        this.config = config;
    }

    @Scheduled(identity = "mail-intake", every = "{otklik.mail-intake.poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, executeWith = Scheduled.SIMPLE)
    void scheduled() {
        if (config.host().isEmpty()) {
            return;
        }
        try {
            poll();
        } catch (MessagingException e) {
            LOG.warnf("Mailbox %s not read: %s", config.host().get(), e.getMessage());
        }
    }

    /** One pass over the unseen mail; how many mails ended which way. */
    public Map<MailIntake.Outcome, Integer> poll() throws MessagingException {
        Map<MailIntake.Outcome, Integer> outcomes = new EnumMap<>(MailIntake.Outcome.class);
        if (config.host().isEmpty()) {
            return outcomes;
        }
        String protocol = config.protocol();
        Properties props = new Properties();
        String timeout = Long.toString(config.timeout().toMillis());
        props.put("mail." + protocol + ".connectiontimeout", timeout);
        props.put("mail." + protocol + ".timeout", timeout);
        props.put("mail." + protocol + ".peek", "true");
        Session session = Session.getInstance(props);
        try (Store store = session.getStore(protocol)) {
            store.connect(config.host().get(), config.port(), config.username().orElse(null),
                    config.password().orElse(null));
            Folder folder = store.getFolder(config.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                int failed = 0;
                for (int i = 0; i < Math.min(unseen.length, config.batchSize()); i++) {
                    Message mail = unseen[i];
                    try {
                        Instant received = mail.getReceivedDate() == null ? null : mail.getReceivedDate().toInstant();
                        MailIntake.Outcome outcome = intake.take(new MimeMessage((MimeMessage) mail), received);
                        outcomes.merge(outcome, 1, Integer::sum);
                        mail.setFlag(Flags.Flag.SEEN, true);
                    } catch (Exception e) {
                        failed++;
                        LOG.errorf(e, "Mail #%d in %s not taken; it stays unseen and is tried again",
                                mail.getMessageNumber(), config.folder());
                    }
                }
                if (!outcomes.isEmpty() || failed > 0) {
                    LOG.infof("Mailbox polled: %s, %d failed", outcomes, failed);
                }
            } finally {
                folder.close(false);
            }
        }
        return outcomes;
    }
}
