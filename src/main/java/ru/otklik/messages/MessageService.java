package ru.otklik.messages;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.calendar.Deadline;
import ru.otklik.clients.PhoneNumbers;
import ru.otklik.calendar.DeadlineRule;
import ru.otklik.calendar.DeadlineService;
import ru.otklik.messages.api.InboxFilter;
import ru.otklik.messages.api.InboxItem;
import ru.otklik.messages.api.MessageReceipt;
import ru.otklik.messages.api.MessageView;
import ru.otklik.messages.api.SubmitMessage;
import ru.otklik.notifications.Addressee;
import ru.otklik.notifications.ChannelChoice;
import ru.otklik.notifications.DeliveryChannel;
import ru.otklik.notifications.Notice;
import ru.otklik.notifications.NotificationKind;
import ru.otklik.notifications.NotificationService;
import ru.otklik.security.CurrentUser;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.time.TimeConfig;

/** Registers written messages and shows them to the people entitled to see them. */
@ApplicationScoped
public class MessageService {

    private static final Logger LOG = Logger.getLogger(MessageService.class);

    private final MessageRepository messages;
    private final RegistrationNumbers numbers;
    private final SubmissionKeys keys;
    private final DeadlineService deadlines;
    private final NotificationService notifications;
    private final Clock clock;
    private final TriageService triage;
    private final InboxService inboxes;

    @Inject
    MessageClients messageClients;

    @Inject
    StatusPage statusPage;

    MessageService(MessageRepository messages, RegistrationNumbers numbers, SubmissionKeys keys,
            DeadlineService deadlines, NotificationService notifications, Clock clock, TriageService triage,
            InboxService inboxes) {
        this.messages = messages;
        this.numbers = numbers;
        this.keys = keys;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.clock = clock;
        this.triage = triage;
        this.inboxes = inboxes;
    }

    /**
     * Registers a message. With an idempotency key, a repeated submission returns the message
     * registered the first time instead of registering another.
     */
    @Transactional
    public MessageReceipt submit(SubmitMessage request, CurrentUser user, String idempotencyKey) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            Optional<UUID> earlier = keys.claim(idempotencyKey, request, id, now);
            if (earlier.isPresent()) {
                Message m = messages.findById(earlier.get());
                // Only a hash of the first code is kept; a retry means the first answer was lost, so issue a new one.
                return receipt(m, statusPage.reissueAccessCode(m.id));
            }
        }
        Deadline due = deadlines.computeAtIntake(DeadlineRule.APPEAL_ANSWER, now);

        Message m = new Message();
        m.id = id;
        m.registrationNumber = numbers.next(now.atZone(TimeConfig.DEPARTMENT_ZONE).getYear());
        m.receivedAt = now;
        m.dueAt = due.due();
        m.dueRule = due.rule().name().toLowerCase();
        m.dueCalendarVersion = due.calendarVersion();
        m.dueProvisional = due.provisional();
        m.status = MessageStatus.REGISTERED;
        m.intakeChannel = "portal";
        m.authorName = request.name().strip();
        m.email = blankToNull(request.email());
        m.phone = PhoneNumbers.toE164(request.phone()).orElse(null);
        m.postalAddress = blankToNull(request.postalAddress());
        m.preferredChannel = request.preferredChannel();
        m.additionalChannel = request.additionalChannel();
        m.text = request.text().strip();
        m.clientSubject = user.isClient() ? user.subject().orElse(null) : null;
        messageClients.linkAtRegistration(m, user);
        String accessCode = statusPage.issueAccessCode(m);
        messages.persist(m);
        acknowledge(m);
        triage.onRegistered(m);
        LOG.infof("Message %s registered, due %s", m.registrationNumber, m.dueAt);
        return receipt(m, accessCode);
    }

    private static MessageReceipt receipt(Message m, String accessCode) {
        return new MessageReceipt(m.id, m.registrationNumber, local(m.receivedAt), local(m.dueAt), m.status, accessCode);
    }

    /**
     * §10: the primary response — registered, registration data, the answer term, the rating
     * link — is queued in the registration transaction, so no registered message lacks one.
     */
    private void acknowledge(Message m) {
        notifications.enqueue(Notice.of(NotificationKind.PRIMARY_RESPONSE, "primary_response:" + m.id)
                .to(new Addressee(m.authorName, m.email, m.phone, m.postalAddress, m.clientSubject))
                .channels(new ChannelChoice(DeliveryChannel.fromCode(m.preferredChannel.code()),
                        m.additionalChannel == null ? null : DeliveryChannel.fromCode(m.additionalChannel.code())))
                .aboutMessage(m.id)
                .value("registrationNumber", m.registrationNumber)
                .date("receivedDate", m.receivedAt)
                .date("dueDate", m.dueAt)
                .build());
    }

    @Transactional
    public Page<InboxItem> inbox(InboxFilter filter, PageRequest page, CurrentUser user) {
        return Page.of(inboxes.query(filter, user), page, MessageService::toItem);
    }

    @Transactional
    public Page<InboxItem> ofClient(CurrentUser user, PageRequest page) {
        String subject = user.subject().orElseThrow();
        return Page.of(messages.ofClient(subject), page, MessageService::toItem);
    }

    /** Staff see every message; a client sees only their own, and others do not exist for them. */
    @Transactional
    public MessageView view(UUID id, CurrentUser user) {
        Message m = messages.findByIdOptional(id)
                .filter(found -> user.isStaff()
                        || found.clientSubject != null && user.subject().map(found.clientSubject::equals).orElse(false))
                .orElseThrow(() -> ProblemException.notFound("Обращение не найдено."));
        return new MessageView(m.id, m.registrationNumber, local(m.receivedAt), local(m.dueAt), m.dueProvisional,
                m.status, m.authorName, m.email, m.phone, m.postalAddress, m.preferredChannel, m.additionalChannel,
                m.text, messageClients.clientOf(m));
    }

    static InboxItem toItem(Message m) {
        String excerpt = m.text.length() <= 160 ? m.text : m.text.substring(0, 159) + "…";
        return new InboxItem(m.id, m.registrationNumber, local(m.receivedAt), local(m.dueAt), m.status, m.authorName,
                m.preferredChannel, excerpt, m.topicCode, m.urgent, m.departmentCode, m.executor);
    }

    private static OffsetDateTime local(Instant instant) {
        return instant.atZone(TimeConfig.DEPARTMENT_ZONE).toOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
