package ru.otklik.messages.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.clients.Channel;
import ru.otklik.messages.IncomingFile;
import ru.otklik.messages.IntakeChannel;
import ru.otklik.messages.MessageService;
import ru.otklik.messages.Registration;
import ru.otklik.messages.api.FilteredMailItem;
import ru.otklik.messages.api.FilteredMailView;
import ru.otklik.messages.api.MessageReceipt;
import ru.otklik.security.CurrentUser;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.time.TimeConfig;

/**
 * Mail the intake filter took for automatic: staff see what was filtered and why, and register a
 * letter the filter got wrong — registered then like any mail, with the §10 primary response.
 */
@ApplicationScoped
public class FilteredMailService {

    private static final Logger LOG = Logger.getLogger(FilteredMailService.class);
    private static final String FILTERED = "outcome = 'filed' or registeredBy is not null";

    private final MessageService messages;
    private final MailIntake intake;
    private final Clock clock;

    FilteredMailService(MessageService messages, MailIntake intake, Clock clock) {
        this.messages = messages;
        this.intake = intake;
        this.clock = clock;
    }

    /** Newest first; the ones staff registered stay in the list with their message. */
    @Transactional
    public Page<FilteredMailItem> list(PageRequest page) {
        return Page.of(TakenMail.find(FILTERED, Sort.descending("receivedAt").and("emailMessageId")), page,
                FilteredMailService::item);
    }

    @Transactional
    public FilteredMailView view(UUID id) {
        TakenMail taken = filtered(id);
        ParsedMail mail = parse(taken);
        return new FilteredMailView(item(taken), mail == null ? null : mail.text(),
                mail == null ? List.of() : mail.attachments().stream().map(IncomingFile::fileName).toList());
    }

    /**
     * Registers a filtered mail as a message from its sender, as if the filter had let it through:
     * the sender gets the primary response, threaded onto their mail.
     */
    @Transactional
    public MessageReceipt register(UUID id, CurrentUser user) {
        TakenMail taken = TakenMail.<TakenMail>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .filter(t -> "filed".equals(t.outcome) || t.registeredBy != null)
                .orElseThrow(() -> ProblemException.notFound("Нет такого отфильтрованного письма"));
        if (taken.messageId != null) {
            throw new ProblemException("mail-already-registered", 409, "Письмо уже зарегистрировано",
                    "По этому письму уже зарегистрировано обращение; откройте его из списка.");
        }
        ParsedMail mail = parse(taken);
        if (mail == null || mail.fromAddress() == null) {
            throw new ProblemException("mail-not-registrable", 409, "Письмо нельзя зарегистрировать",
                    "В письме нет адреса отправителя или не сохранилось его содержимое: ответить некуда. "
                            + "Зарегистрируйте документ вручную, если знаете, от кого он.");
        }
        MessageReceipt receipt = messages.registerKeepingAcceptableFiles(Registration.via(IntakeChannel.EMAIL)
                .author(mail.fromName(), mail.fromAddress(), null, null)
                .channels(Channel.EMAIL, null)
                .text(MailIntake.text(mail))
                .receivedAt(taken.receivedAt == null ? clock.instant() : taken.receivedAt)
                .attachments(mail.attachments())
                .emailMessageId(taken.emailMessageId)
                .registeredBy(user.name())
                .build());
        taken.outcome = "registered";
        taken.messageId = receipt.id();
        taken.registeredBy = user.name();
        taken.registeredAt = clock.instant();
        LOG.infof("Filtered mail %s registered as message %s by %s", taken.emailMessageId, receipt.registrationNumber(),
                user.name());
        return receipt;
    }

    private static TakenMail filtered(UUID id) {
        return TakenMail.<TakenMail>find("id", id).firstResultOptional()
                .filter(t -> "filed".equals(t.outcome) || t.registeredBy != null)
                .orElseThrow(() -> ProblemException.notFound("Нет такого отфильтрованного письма"));
    }

    private ParsedMail parse(TakenMail taken) {
        if (taken.raw == null) {
            return null;
        }
        try {
            MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(taken.raw));
            return ParsedMail.of(mime, intake.ourAddress());
        } catch (MessagingException | IOException e) {
            LOG.warnf("Filtered mail %s cannot be read again: %s", taken.emailMessageId, e.getMessage());
            return null;
        }
    }

    private static FilteredMailItem item(TakenMail t) {
        return new FilteredMailItem(t.id, t.fromName, t.fromAddress, t.subject,
                t.receivedAt == null ? null : t.receivedAt.atZone(TimeConfig.DEPARTMENT_ZONE).toOffsetDateTime(),
                t.reason, t.messageId, t.registeredBy);
    }
}
