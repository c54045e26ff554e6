package ru.otklik.messages;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
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
import ru.otklik.messages.api.AttachmentContent;
import ru.otklik.messages.api.AttachmentRules;
import ru.otklik.messages.api.AttachmentView;
import ru.otklik.messages.api.CorrespondenceView;
import ru.otklik.messages.api.InboxFilter;
import ru.otklik.messages.api.InboxItem;
import ru.otklik.messages.api.MessageReceipt;
import ru.otklik.messages.api.MessageView;
import ru.otklik.messages.api.StaffRegistration;
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
    private final AttachmentRepository attachments;
    private final CorrespondenceRepository correspondence;
    private final AttachmentChecks checks;
    private final CallingApplication caller;
    private final TriageService triage;
    private final InboxService inboxes;

    @Inject
    MessageClients messageClients;

    @Inject
    StatusPage statusPage;

    MessageService(MessageRepository messages, RegistrationNumbers numbers, SubmissionKeys keys,
            DeadlineService deadlines, NotificationService notifications, Clock clock, AttachmentRepository attachments,
            CorrespondenceRepository correspondence, AttachmentChecks checks, CallingApplication caller,
            TriageService triage, InboxService inboxes) {
        this.triage = triage;
        this.inboxes = inboxes;
        this.attachments = attachments;
        this.correspondence = correspondence;
        this.checks = checks;
        this.caller = caller;
        this.messages = messages;
        this.numbers = numbers;
        this.keys = keys;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * A message from the portal or the API. With an idempotency key, a repeated submission returns
     * the message registered the first time instead of registering another. Files are checked
     * before the key is claimed or anything is stored.
     */
    @Transactional
    public MessageReceipt submit(SubmitMessage request, List<IncomingFile> files, CurrentUser user,
            String idempotencyKey) {
        List<CheckedFile> checked = checks.requireAll(files);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String number = null;
        if (idempotencyKey != null) {
            SubmissionKeys.Claim claim = keys.claim(idempotencyKey, request, checked, id, now, year(now));
            number = claim.registrationNumber();
            if (!claim.isNew()) {
                Message m = messages.findById(claim.earlierMessage());
                // Only a hash of the first code is kept; a retry means the first answer was lost, so issue a new one.
                return receipt(m, statusPage.reissueAccessCode(m.id));
            }
        }
        Registration r = Registration.via(caller.intakeChannel())
                .kind(request.kind())
                .author(request.name(), request.email(), request.phone(), request.postalAddress())
                .channels(request.preferredChannel(), request.additionalChannel())
                .text(request.text())
                .receivedAt(now)
                .clientSubject(user.isClient() ? user.subject().orElse(null) : null)
                .build();
        return receipt(persist(id, number, r, user, checked, List.of()));
    }

    /** A paper letter or a document handed in, registered by staff from its scan (§2). */
    @Transactional
    public MessageReceipt registerByStaff(StaffRegistration request, List<IncomingFile> files, CurrentUser user) {
        IntakeChannel channel = request.intakeChannel() == null ? IntakeChannel.PAPER : request.intakeChannel();
        if (channel == IntakeChannel.PORTAL || channel == IntakeChannel.API) {
            throw ProblemException.invalid("intakeChannel",
                    "Сотрудник регистрирует документы, поступившие на бумаге, на приёме, по почте или от подразделений");
        }
        Registration r = Registration.via(channel)
                .kind(request.kind())
                .author(request.name(), request.email(), request.phone(), request.postalAddress())
                .channels(request.preferredChannel(), request.additionalChannel())
                .text(request.text())
                .receivedAt(request.receivedAt().toInstant())
                .attachments(files)
                .acknowledge(request.acknowledge() == null || request.acknowledge())
                .registeredBy(user.name())
                .senderReference(request.senderReference())
                .build();
        return register(r);
    }

    /**
     * The one registration path of every channel: files checked (any refused file refuses the
     * whole registration), number issued, term counted from receipt, files stored, and the §10
     * primary response queued if the channel asks for it — all in the caller's transaction.
     */
    @Transactional
    public MessageReceipt register(Registration r) {
        List<CheckedFile> checked = checks.requireAll(r.attachments());
        return receipt(persist(UUID.randomUUID(), null, r, null, checked, List.of()));
    }

    /**
     * Registration for channels that cannot refuse a message because of its files (mail): files
     * that fail the checks are left out and named at the end of the text, the rest is stored.
     */
    @Transactional
    public MessageReceipt registerKeepingAcceptableFiles(Registration r) {
        AttachmentChecks.Sorted sorted = checks.sort(r.attachments());
        return receipt(persist(UUID.randomUUID(), null, r, null, sorted.accepted(), sorted.refused()));
    }

    /** A registered message and the access code of its status page, which exists only in this answer. */
    private record Registered(Message message, String accessCode) {
    }

    /**
     * {@code number} was taken together with the idempotency key, or is null to be taken now;
     * {@code user} links a logged-in client's message to their record, null where no one is logged in.
     */
    private Registered persist(UUID id, String number, Registration r, CurrentUser user, List<CheckedFile> files,
            List<AttachmentChecks.Refusal> refused) {
        Deadline due = deadlines.computeAtIntake(DeadlineRule.APPEAL_ANSWER, r.receivedAt());
        Message m = new Message();
        m.id = id;
        m.registrationNumber = number != null ? number : numbers.next(year(r.receivedAt()));
        m.receivedAt = r.receivedAt();
        m.dueAt = due.due();
        m.dueRule = due.rule().name().toLowerCase();
        m.dueCalendarVersion = due.calendarVersion();
        m.dueProvisional = due.provisional();
        m.status = MessageStatus.REGISTERED;
        m.intakeChannel = r.channel();
        m.kind = r.kind();
        m.authorName = r.authorName().strip();
        m.email = blankToNull(r.email());
        m.phone = r.phone() == null ? null : PhoneNumbers.toE164(r.phone()).orElse(null);
        m.postalAddress = blankToNull(r.postalAddress());
        m.preferredChannel = r.preferredChannel();
        m.additionalChannel = r.additionalChannel() == r.preferredChannel() ? null : r.additionalChannel();
        m.text = r.text().strip() + refusedNote(refused);
        m.clientSubject = blankToNull(r.clientSubject());
        m.registeredBy = blankToNull(r.registeredBy());
        m.senderReference = blankToNull(r.senderReference());
        m.acknowledged = r.acknowledge();
        m.emailMessageId = cut(blankToNull(r.emailMessageId()), 998);
        if (user != null) {
            messageClients.linkAtRegistration(m, user);
        }
        String accessCode = statusPage.issueAccessCode(m);
        triage.suggest(m);
        messages.persist(m);
        storeFiles(m.id, null, files);
        if (r.acknowledge()) {
            acknowledge(m);
        }
        triage.onRegistered(m);
        LOG.infof("Message %s registered from %s (%s, %d files), due %s%s", m.registrationNumber, m.intakeChannel.code(),
                m.kind.code(), files.size(), m.dueAt, r.acknowledge() ? "" : ", no primary response");
        return new Registered(m, accessCode);
    }

    /**
     * Keeps a later letter with the message it is about; the message's state and terms stay as
     * they are. Files that fail the checks are left out and named in the text.
     */
    @Transactional
    public UUID addCorrespondence(UUID messageId, FollowUp f) {
        Message m = messages.findByIdOptional(messageId)
                .orElseThrow(() -> ProblemException.notFound("Обращение не найдено."));
        AttachmentChecks.Sorted sorted = checks.sort(f.attachments());
        Correspondence c = new Correspondence();
        c.id = UUID.randomUUID();
        c.messageId = m.id;
        c.channel = f.channel();
        c.receivedAt = f.receivedAt();
        c.fromName = cut(f.fromName(), 200);
        c.fromAddress = cut(f.fromAddress(), 320);
        c.subject = cut(f.subject(), 1000);
        c.text = (f.text() == null ? "" : f.text().strip()) + refusedNote(sorted.refused());
        c.emailMessageId = cut(f.emailMessageId(), 998);
        c.automatic = f.automatic();
        correspondence.persist(c);
        storeFiles(m.id, c.id, sorted.accepted());
        LOG.infof("Correspondence %s filed with message %s%s", c.id, m.registrationNumber,
                f.automatic() ? " (automatic)" : "");
        return c.id;
    }

    /** The message registered under {@code number} (as in «2026-000123»), if there is one. */
    @Transactional
    public Optional<UUID> byRegistrationNumber(String number) {
        return messages.byRegistrationNumber(number).map(m -> m.id);
    }

    private void storeFiles(UUID messageId, UUID correspondenceId, List<CheckedFile> files) {
        Instant now = clock.instant();
        int position = correspondenceId == null ? 0 : (int) attachments.count("messageId", messageId);
        for (CheckedFile f : files) {
            MessageAttachment a = new MessageAttachment();
            a.id = UUID.randomUUID();
            a.messageId = messageId;
            a.correspondenceId = correspondenceId;
            a.position = position++;
            a.fileName = f.fileName();
            a.mediaType = f.type().mediaType();
            a.sizeBytes = f.content().length;
            a.sha256 = f.sha256();
            a.content = f.content();
            a.createdAt = now;
            attachments.persist(a);
        }
    }

    private static String refusedNote(List<AttachmentChecks.Refusal> refused) {
        if (refused.isEmpty()) {
            return "";
        }
        StringBuilder note = new StringBuilder("\n\n[Не приняты вложения:");
        refused.forEach(r -> note.append("\n— ").append(r.reason()));
        return note.append("]").toString();
    }

    public AttachmentRules attachmentRules() {
        return checks.rules();
    }

    /** Staff may correct the kind a message was registered with (§2). */
    @Transactional
    public MessageView changeKind(UUID id, MessageKind kind, CurrentUser user) {
        Message m = messages.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Обращение не найдено."));
        if (m.kind != kind) {
            LOG.infof("Message %s kind %s -> %s by %s", m.registrationNumber, m.kind.code(), kind.code(), user.name());
            m.kind = kind;
        }
        return view(m, user);
    }

    /**
     * A file of a message for download: staff get any; the client only files of their own
     * message, never of correspondence; anything else does not exist for them.
     */
    @Transactional
    public AttachmentContent attachment(UUID messageId, UUID attachmentId, CurrentUser user) {
        Message m = visible(messageId, user);
        MessageAttachment a = attachments.findByIdOptional(attachmentId)
                .filter(found -> found.messageId.equals(m.id))
                .filter(found -> user.isStaff() || found.correspondenceId == null)
                .orElseThrow(() -> ProblemException.notFound("Файл не найден."));
        return new AttachmentContent(a.fileName, a.mediaType, a.sha256, a.content);
    }

    private static MessageReceipt receipt(Registered r) {
        return receipt(r.message(), r.accessCode());
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
                .keyIsNew()
                .replyingTo(m.emailMessageId == null ? List.of() : List.of(m.emailMessageId))
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
        return view(visible(id, user), user);
    }

    private Message visible(UUID id, CurrentUser user) {
        return messages.findByIdOptional(id)
                .filter(found -> user.isStaff()
                        || found.clientSubject != null && user.subject().map(found.clientSubject::equals).orElse(false))
                .orElseThrow(() -> ProblemException.notFound("Обращение не найдено."));
    }

    private MessageView view(Message m, CurrentUser user) {
        List<MessageAttachment> files = attachments.ofMessage(m.id);
        List<AttachmentView> own = files.stream().filter(a -> a.correspondenceId == null)
                .map(MessageService::attachmentView).toList();
        List<CorrespondenceView> letters = null;
        if (user.isStaff()) {
            letters = correspondence.ofMessage(m.id).stream()
                    .map(c -> new CorrespondenceView(c.id, c.channel, local(c.receivedAt), c.fromName, c.fromAddress,
                            c.subject, c.text, c.automatic,
                            files.stream().filter(a -> c.id.equals(a.correspondenceId))
                                    .map(MessageService::attachmentView).toList()))
                    .toList();
        }
        return new MessageView(m.id, m.registrationNumber, local(m.receivedAt), local(m.dueAt), m.dueProvisional,
                m.status, m.authorName, m.email, m.phone, m.postalAddress, m.preferredChannel, m.additionalChannel,
                m.text, messageClients.clientOf(m), m.kind, m.intakeChannel, m.senderReference, m.acknowledged, own, letters);
    }

    private static AttachmentView attachmentView(MessageAttachment a) {
        return new AttachmentView(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256);
    }

    static InboxItem toItem(Message m) {
        String excerpt = m.text.length() <= 160 ? m.text : m.text.substring(0, 159) + "…";
        return new InboxItem(m.id, m.registrationNumber, local(m.receivedAt), local(m.dueAt), m.status, m.authorName,
                m.preferredChannel, excerpt, m.topicCode, m.urgent, m.departmentCode, m.executor, m.kind,
                m.intakeChannel);
    }

    private static int year(Instant instant) {
        return instant.atZone(TimeConfig.DEPARTMENT_ZONE).getYear();
    }

    private static OffsetDateTime local(Instant instant) {
        return instant.atZone(TimeConfig.DEPARTMENT_ZONE).toOffsetDateTime();
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
