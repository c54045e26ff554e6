package ru.otklik.messages.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import ru.otklik.clients.Channel;
import ru.otklik.messages.FollowUp;
import ru.otklik.messages.IntakeChannel;
import ru.otklik.messages.MessageService;
import ru.otklik.messages.Registration;
import ru.otklik.messages.api.MessageReceipt;
import ru.otklik.notifications.NotificationService;

/**
 * Turns one mail from the department mailbox into a registered message, or files it with the
 * message it is about. The mail's Message-ID is recorded in the same transaction as what it
 * caused, so a mail seen twice (a crash before it was flagged, two instances polling) is
 * registered once.
 */
@ApplicationScoped
public class MailIntake {

    private static final Logger LOG = Logger.getLogger(MailIntake.class);
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("(?<![\\d-])(\\d{4}-\\d{6})(?![\\d-])");
    /** Longer texts are kept whole in the mail's own file; the message carries this much. */
    private static final int MAX_TEXT = 100_000;

    /** What became of a mail. */
    public enum Outcome {
        /** A new message, with the §10 primary response unless a machine wrote it. */
        REGISTERED,
        /** Kept with the message it answers; nothing else changed. */
        FOLLOW_UP,
        /** An automatic reply or bulk mail that answers nothing of ours: recorded, not registered. */
        FILED,
        /** Taken before (its Message-ID is recorded): nothing done again. */
        ALREADY_TAKEN
    }

    private final MessageService messages;
    private final NotificationService notifications;
    private final EntityManager em;
    private final MailIntakeConfig config;
    private final Clock clock;

    MailIntake(MessageService messages, NotificationService notifications, EntityManager em, MailIntakeConfig config,
            Clock clock) {
        this.messages = messages;
        this.notifications = notifications;
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    /** Takes one mail; {@code receivedAt} is when it reached the mailbox, if the server says. */
    public Outcome take(MimeMessage mail, Instant receivedAt) throws MessagingException, IOException {
        ParsedMail parsed = ParsedMail.of(mail, ourAddress());
        Instant now = clock.instant();
        Instant received = receivedAt == null || receivedAt.isAfter(now) ? now : receivedAt;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        return QuarkusTransaction.requiringNew().call(() -> take(parsed, received, raw.toByteArray()));
    }

    private Outcome take(ParsedMail mail, Instant received, byte[] raw) {
        int claimed = em.createNativeQuery("""
                insert into mail_intake (email_message_id, outcome, from_name, from_address, subject, received_at,
                    processed_at)
                values (:id, 'filed', :name, :from, :subject, :received, :now) on conflict (email_message_id) do nothing""")
                .setParameter("id", cut(mail.messageId(), 998))
                .setParameter("name", cut(mail.fromName(), 200))
                .setParameter("from", cut(mail.fromAddress(), 320))
                .setParameter("subject", cut(mail.subject(), 1000))
                .setParameter("received", received)
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (claimed == 0) {
            LOG.debugf("Mail %s was taken before", mail.messageId());
            return Outcome.ALREADY_TAKEN;
        }
        Optional<UUID> thread = thread(mail);
        if (thread.isPresent()) {
            UUID letter = messages.addCorrespondence(thread.get(), new FollowUp(IntakeChannel.EMAIL, received,
                    mail.fromName(), mail.fromAddress(), mail.subject(), body(mail), mail.messageId(),
                    mail.automatic().automatic(), mail.attachments()));
            record(mail, "follow_up", thread.get(), letter, null);
            return Outcome.FOLLOW_UP;
        }
        if (mail.automatic() == AutoMail.AUTO_REPLY || mail.automatic() == AutoMail.BULK) {
            record(mail, "filed", null, null, mail.automatic() == AutoMail.BULK
                    ? "Массовая рассылка (" + mail.automaticReason() + "): не обращение"
                    : "Автоматический ответ не на наше письмо (" + mail.automaticReason()
                            + "): не обращение, ответ не отправлялся");
            keep(mail, raw);
            LOG.infof("Mail %s from %s filed: %s", mail.messageId(), mail.fromAddress(), mail.automatic());
            return Outcome.FILED;
        }
        if (mail.fromAddress() == null) {
            record(mail, "filed", null, null, "Нет адреса отправителя");
            keep(mail, raw);
            LOG.warnf("Mail %s has no sender address; filed", mail.messageId());
            return Outcome.FILED;
        }
        MessageReceipt receipt = messages.registerKeepingAcceptableFiles(Registration.via(IntakeChannel.EMAIL)
                .author(mail.fromName(), mail.fromAddress(), null, null)
                .channels(Channel.EMAIL, null)
                .text(text(mail))
                .receivedAt(received)
                .attachments(mail.attachments())
                .emailMessageId(mail.messageId())
                // a robot's notice is registered so nobody loses it, but never answered automatically
                .acknowledge(!mail.automatic().automatic())
                .build());
        record(mail, "registered", receipt.id(), null, null);
        return Outcome.REGISTERED;
    }

    /**
     * The message a mail is about: one of our mails it answers (a notice we sent, or a mail we
     * took), else a registration number in its subject.
     */
    private Optional<UUID> thread(ParsedMail mail) {
        if (!mail.repliesTo().isEmpty()) {
            Optional<UUID> ours = notifications.messageOfSentEmail(mail.repliesTo());
            if (ours.isPresent()) {
                return ours;
            }
            @SuppressWarnings("unchecked")
            List<UUID> taken = em.createNativeQuery("""
                    select message_id from mail_intake
                    where email_message_id in (:ids) and message_id is not null limit 1""", UUID.class)
                    .setParameter("ids", mail.repliesTo())
                    .getResultList();
            if (!taken.isEmpty()) {
                return Optional.of(taken.get(0));
            }
        }
        if (mail.subject() != null) {
            Matcher m = REGISTRATION_NUMBER.matcher(mail.subject());
            while (m.find()) {
                Optional<UUID> numbered = messages.byRegistrationNumber(m.group(1));
                if (numbered.isPresent()) {
                    return numbered;
                }
            }
        }
        return Optional.empty();
    }

    private void record(ParsedMail mail, String outcome, UUID messageId, UUID correspondenceId, String reason) {
        em.createNativeQuery("""
                update mail_intake set outcome = :outcome, message_id = :message, correspondence_id = :letter,
                    reason = :reason where email_message_id = :id""")
                .setParameter("outcome", outcome)
                .setParameter("message", messageId)
                .setParameter("letter", correspondenceId)
                .setParameter("reason", reason)
                .setParameter("id", cut(mail.messageId(), 998))
                .executeUpdate();
    }

    /** Filtered mail exists nowhere else: kept whole, so staff can read it and register it if the filter was wrong. */
    private void keep(ParsedMail mail, byte[] raw) {
        em.createNativeQuery("update mail_intake set raw = :raw where email_message_id = :id")
                .setParameter("raw", raw)
                .setParameter("id", cut(mail.messageId(), 998))
                .executeUpdate();
    }

    /** A message's text: the subject says what the mail is about, so it leads. */
    static String text(ParsedMail mail) {
        String text = body(mail);
        if (mail.subject() != null && !mail.subject().isBlank()) {
            text = "Тема: " + mail.subject().strip() + "\n\n" + text;
        }
        return text;
    }

    private static String body(ParsedMail mail) {
        String text = mail.text() == null ? "" : mail.text().strip();
        if (text.isEmpty()) {
            text = mail.attachments().isEmpty() ? "(письмо без текста)" : "(письмо без текста, см. вложения)";
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "\n[текст письма сокращён]";
    }

    String ourAddress() {
        return config.address().or(config::username).orElse(null);
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
