package ru.otklik.messages;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
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
import ru.otklik.security.CurrentUser;
import ru.otklik.shared.ids.TimeOrderedIds;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.time.TimeConfig;

/** Registers written messages and shows them to the people entitled to see them. */
@ApplicationScoped
public class MessageService {

    private static final Logger LOG = Logger.getLogger(MessageService.class);

    private final MessageRepository messages;
    private final SubmissionKeys keys;
    private final Registrar registrar;
    private final IntakeGroups groups;
    private final Clock clock;
    private final AttachmentRepository attachments;
    private final CorrespondenceRepository correspondence;
    private final AttachmentChecks checks;
    private final CallingApplication caller;
    private final InboxService inboxes;
    private final MessageClients messageClients;

    MessageService(MessageRepository messages, SubmissionKeys keys, Registrar registrar, IntakeGroups groups,
            Clock clock, AttachmentRepository attachments, CorrespondenceRepository correspondence,
            AttachmentChecks checks, CallingApplication caller, InboxService inboxes, MessageClients messageClients) {
        this.messages = messages;
        this.keys = keys;
        this.registrar = registrar;
        this.groups = groups;
        this.clock = clock;
        this.attachments = attachments;
        this.correspondence = correspondence;
        this.checks = checks;
        this.caller = caller;
        this.inboxes = inboxes;
        this.messageClients = messageClients;
    }

    /**
     * A message from the portal or the API. With an idempotency key, a repeated submission returns
     * the message registered the first time instead of registering another. Files are checked
     * before the key is claimed or anything is stored. Not a transaction of its own: the
     * submission is registered together with others arriving at the same time
     * ({@link IntakeGroups}), and this returns once that transaction has committed.
     */
    public MessageReceipt submit(SubmitMessage request, List<IncomingFile> files, CurrentUser user,
            String idempotencyKey) {
        List<CheckedFile> checked = checks.requireAll(files);
        Instant now = clock.instant();
        UUID id = TimeOrderedIds.next();
        String hash = idempotencyKey == null ? null : keys.hash(request, checked);
        Registration r = Registration.via(caller.intakeChannel())
                .kind(request.kind())
                .author(request.name(), request.email(), request.phone(), request.postalAddress())
                .channels(request.preferredChannel(), request.additionalChannel())
                .text(request.text())
                .receivedAt(now)
                .clientSubject(user.isClient() ? user.subject().orElse(null) : null)
                .build();
        UUID clientId = messageClients.ownClientId(user);
        return groups.register(() -> registrar.prepare(id, r, clientId, checked, List.of(), idempotencyKey, hash));
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
        return registerNow(r, checks.requireAll(r.attachments()), List.of());
    }

    /**
     * Registration for channels that cannot refuse a message because of its files (mail): files
     * that fail the checks are left out and named at the end of the text, the rest is stored.
     */
    @Transactional
    public MessageReceipt registerKeepingAcceptableFiles(Registration r) {
        AttachmentChecks.Sorted sorted = checks.sort(r.attachments());
        return registerNow(r, sorted.accepted(), sorted.refused());
    }

    private MessageReceipt registerNow(Registration r, List<CheckedFile> files, List<AttachmentChecks.Refusal> refused) {
        Registrar.Prepared p = registrar.prepare(TimeOrderedIds.next(), r, null, files, refused, null, null);
        return registrar.registerAll(List.of(p)).get(0).receipt();
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
        c.fromName = Registrar.cut(f.fromName(), 200);
        c.fromAddress = Registrar.cut(f.fromAddress(), 320);
        c.subject = Registrar.cut(f.subject(), 1000);
        c.text = (f.text() == null ? "" : f.text().strip()) + Registrar.refusedNote(sorted.refused());
        c.emailMessageId = Registrar.cut(f.emailMessageId(), 998);
        c.automatic = f.automatic();
        correspondence.persist(c);
        registrar.storeFiles(m.id, c.id, sorted.accepted());
        LOG.infof("Correspondence %s filed with message %s%s", c.id, m.registrationNumber,
                f.automatic() ? " (automatic)" : "");
        return c.id;
    }

    /** The message registered under {@code number} (as in «2026-000123»), if there is one. */
    @Transactional
    public Optional<UUID> byRegistrationNumber(String number) {
        return messages.byRegistrationNumber(number).map(m -> m.id);
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

    static OffsetDateTime local(Instant instant) {
        return instant.atZone(TimeConfig.DEPARTMENT_ZONE).toOffsetDateTime();
    }

}
