package ru.otklik.notifications;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ru.otklik.calendar.DeadlineRule;
import ru.otklik.calendar.DeadlineService;
import ru.otklik.clients.PhoneNumbers;
import ru.otklik.notifications.api.AttemptView;
import ru.otklik.notifications.api.MyNotifications;
import ru.otklik.notifications.api.NotificationDetails;
import ru.otklik.notifications.api.NotificationView;
import ru.otklik.notifications.api.PortalNotification;
import ru.otklik.notifications.api.Timeliness;
import ru.otklik.notifications.api.TimelinessReport;
import ru.otklik.shared.ids.TimeOrderedIds;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.time.TimeConfig;

/**
 * The one door to notifications for every feature: {@link #enqueue} writes a notice into the
 * outbox inside the caller's transaction, so the notice exists if and only if the business change
 * does. Also the delivery log, retries and re-routing for staff, and the client's portal inbox.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final NotificationRepository notifications;
    private final NotificationAttemptRepository attempts;
    private final TemplateService templates;
    private final OutboxConfig outbox;
    private final NotificationsConfig config;
    private final DeadlineService deadlines;
    private final Clock clock;
    private final String portalBaseUrl;

    NotificationService(NotificationRepository notifications, NotificationAttemptRepository attempts,
            TemplateService templates, OutboxConfig outbox, NotificationsConfig config, DeadlineService deadlines,
            Clock clock, @ConfigProperty(name = "otklik.portal.base-url") String portalBaseUrl) {
        this.notifications = notifications;
        this.attempts = attempts;
        this.templates = templates;
        this.outbox = outbox;
        this.config = config;
        this.deadlines = deadlines;
        this.clock = clock;
        this.portalBaseUrl = portalBaseUrl.replaceAll("/+$", "");
    }

    /** What {@link #enqueue} created: one notification per channel the rules chose. */
    public record Enqueued(UUID groupId, List<UUID> notificationIds) {
    }

    /**
     * Puts a notice into the outbox. Must run inside the caller's business transaction; a notice
     * whose idempotency key was enqueued before is not enqueued again. Channel rules, template and
     * values are checked now, so a notice that could never go out fails the business call with a
     * problem instead of failing later in front of nobody.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Enqueued enqueue(Notice notice) {
        List<Route> routes = ChannelRules.routes(notice.channels(), notice.mandate(), notice.to());
        Optional<UUID> earlier = notice.keyIsNew() ? Optional.empty()
                : notifications.groupOfIdempotencyKey(key(notice, routes.get(0).channel()));
        if (earlier.isPresent()) {
            return new Enqueued(earlier.get(), notifications.ofGroup(earlier.get()).stream().map(n -> n.id).toList());
        }
        NotificationTemplate template = templates.current(notice.kind());
        Map<String, String> values = new LinkedHashMap<>(notice.values());
        values.put(NotificationKind.CLIENT_NAME, notice.to().name());
        String token = null;
        if (notice.kind().link() != NotificationKind.Link.NONE) {
            token = newToken();
            values.put(notice.kind().link().placeholder, portalBaseUrl + notice.kind().link().path + token);
        }
        Instant now = clock.instant();
        Instant dueBy = notice.dueBy() != null ? notice.dueBy() : defaultDueBy(notice.kind(), now);
        UUID group = TimeOrderedIds.next();
        List<UUID> ids = new ArrayList<>();
        for (Route route : routes) {
            Notification n = newNotification(notice.kind(), route, notice.to(), template, values, now);
            n.groupId = group;
            n.idempotencyKey = key(notice, route.channel());
            n.messageRef = notice.messageRef();
            n.feedbackToken = token;
            n.dueBy = dueBy;
            n.nextAttemptAt = notice.notBefore() != null && notice.notBefore().isAfter(now) ? notice.notBefore() : now;
            if (route.channel() == DeliveryChannel.EMAIL) {
                thread(n, notice.emailThread());
            }
            notifications.persist(n);
            if (route.channel() == DeliveryChannel.EMAIL) {
                for (Notice.Attachment file : notice.attachments()) {
                    NotificationAttachment a = new NotificationAttachment();
                    a.id = UUID.randomUUID();
                    a.notificationId = n.id;
                    a.fileName = file.fileName();
                    a.contentType = file.contentType();
                    a.content = file.content();
                    a.persist();
                }
            }
            ids.add(n.id);
        }
        LOG.infof("Notice %s (%s) queued for %s", notice.idempotencyKey(), notice.kind().code(),
                routes.stream().map(r -> r.channel().code() + "/" + r.role().code()).toList());
        return new Enqueued(group, ids);
    }

    /**
     * The term the Procedure sets for the notice itself, when the caller gave none: §10's primary
     * response within 24 working hours and §9's notice within a working day, both counted on the
     * production calendar from now — the notice is enqueued in the registration transaction, so
     * now is the moment of registration. A year missing from the calendar gives a provisional
     * term rather than failing the registration.
     */
    private Instant defaultDueBy(NotificationKind kind, Instant now) {
        DeadlineRule rule = termOf(kind);
        return rule == null ? null : deadlines.computeAtIntake(rule, now).due();
    }

    static DeadlineRule termOf(NotificationKind kind) {
        return switch (kind) {
            case PRIMARY_RESPONSE -> DeadlineRule.PRIMARY_RESPONSE;
            case INADMISSIBILITY_NOTICE -> DeadlineRule.INADMISSIBILITY_NOTICE;
            default -> null;
        };
    }

    private Notification newNotification(NotificationKind kind, Route route, Addressee to, NotificationTemplate template,
            Map<String, String> values, Instant now) {
        Notification n = new Notification();
        n.id = TimeOrderedIds.next();
        n.kind = kind;
        n.channel = route.channel();
        n.route = route.role();
        n.clientSubject = blankToNull(to.clientSubject());
        n.recipientName = to.name();
        n.recipient = route.address();
        n.contactEmail = blankToNull(to.email());
        n.contactPhone = blankToNull(to.phone());
        n.contactAddress = blankToNull(to.postalAddress());
        n.callWindows = to.callWindows().isEmpty() ? null : to.callWindows();
        n.templateVersion = template.version;
        n.templateValues = values;
        Rendered r = templates.render(template, route.channel(), values,
                new TemplateService.LetterHead(to.name(), to.postalAddress(), values.get("registrationNumber")));
        n.subject = r.subject();
        n.bodyText = r.text();
        n.bodyHtml = r.html();
        n.emailMessageId = route.channel() == DeliveryChannel.EMAIL ? "<" + n.id + "@" + config.messageIdDomain() + ">" : null;
        n.status = NotificationStatus.PENDING;
        n.attempts = 0;
        n.maxAttempts = outbox.maxAttempts();
        n.nextAttemptAt = now;
        n.createdAt = now;
        return n;
    }

    /** Message-IDs longer lists than this are cut to the first (the thread's root) and the latest ones. */
    private static final int MAX_REFERENCES = 10;

    private static void thread(Notification n, List<String> thread) {
        if (thread.isEmpty()) {
            return;
        }
        List<String> refs = thread.size() <= MAX_REFERENCES ? thread : new ArrayList<>(thread.subList(0, 1));
        if (thread.size() > MAX_REFERENCES) {
            refs.addAll(thread.subList(thread.size() - MAX_REFERENCES + 1, thread.size()));
        }
        n.emailInReplyTo = refs.get(refs.size() - 1);
        n.emailReferences = String.join(" ", refs);
    }

    /** The delivery log for staff, narrowed by whichever filters are given. */
    public record LogFilter(UUID messageId, String client, NotificationStatus status, DeliveryChannel channel,
            NotificationKind kind, boolean lateOnly) {
    }

    /**
     * Which message an e-mail of ours was about, given the Message-IDs a reply names in
     * In-Reply-To and References: how replies to our notices find their message.
     */
    @Transactional
    public Optional<UUID> messageOfSentEmail(java.util.Collection<String> emailMessageIds) {
        if (emailMessageIds.isEmpty()) {
            return Optional.empty();
        }
        return notifications.messageOfEmail(emailMessageIds);
    }

    /** The delivery log for staff, narrowed by message, client (portal login or contact) and status. */
    @Transactional
    public Page<NotificationView> log(UUID messageId, String client, NotificationStatus status, PageRequest page) {
        return log(new LogFilter(messageId, client, status, null, null, false), page);
    }

    /**
     * The delivery log for staff. {@code lateOnly} keeps the notices that missed their own term:
     * delivered after it, or still not delivered when it passed.
     */
    @Transactional
    public Page<NotificationView> log(LogFilter filter, PageRequest page) {
        UUID messageId = filter.messageId();
        String client = filter.client();
        String subject = null;
        String contact = null;
        if (client != null && !client.isBlank()) {
            String c = client.strip();
            if (c.contains("@")) {
                contact = c;
            } else {
                Optional<String> phone = PhoneNumbers.toE164(c);
                if (phone.isPresent()) {
                    contact = phone.get();
                } else {
                    subject = c;
                }
            }
        }
        PanacheQuery<Notification> query = notifications.log(new NotificationRepository.LogQuery(messageId, subject,
                contact, filter.status(), filter.channel(), filter.kind(), filter.lateOnly() ? clock.instant() : null));
        return Page.of(query, page, this::view);
    }

    /**
     * Counts, per notice, how the notices whose term falls in [from, to) kept it — the figure a
     * report of §10 needs: delivered in time, late, or overdue and still undelivered.
     */
    @Transactional
    public TimelinessReport timeliness(OffsetDateTime from, OffsetDateTime to, NotificationKind kind) {
        if (from == null || to == null) {
            throw ProblemException.invalid(from == null ? "from" : "to", "Укажите начало и конец периода");
        }
        if (!to.isAfter(from)) {
            throw ProblemException.invalid("to", "Конец периода должен быть позже начала");
        }
        long[] counts = new long[Timeliness.values().length];
        Instant now = clock.instant();
        for (NotificationRepository.NoticeTerm term : notifications.terms(from.toInstant(), to.toInstant(), kind)) {
            counts[Timeliness.of(term.dueBy(), term.deliveredAt(), now).ordinal()]++;
        }
        long total = java.util.Arrays.stream(counts).sum();
        return new TimelinessReport(from.atZoneSameInstant(TimeConfig.DEPARTMENT_ZONE).toOffsetDateTime(),
                to.atZoneSameInstant(TimeConfig.DEPARTMENT_ZONE).toOffsetDateTime(), kind, total,
                counts[Timeliness.ON_TIME.ordinal()], counts[Timeliness.LATE.ordinal()],
                counts[Timeliness.OVERDUE.ordinal()], counts[Timeliness.WAITING.ordinal()]);
    }

    @Transactional
    public NotificationDetails details(UUID id) {
        Notification n = find(id);
        List<AttemptView> log = attempts.of(id).stream()
                .map(a -> new AttemptView(a.attemptNo, a.worker, local(a.startedAt), local(a.finishedAt), a.outcome,
                        a.detail, a.emailMessageId))
                .toList();
        return new NotificationDetails(view(n), n.purgedAt == null ? n.bodyText : null, n.templateVersion, log);
    }

    /** Gives a failed notification a fresh round of attempts, starting now. */
    @Transactional
    public NotificationView retry(UUID id, String actor) {
        Notification n = find(id);
        if (n.status != NotificationStatus.FAILED) {
            throw new ProblemException("notification-not-failed", 409, "Повтор не нужен",
                    "Повторить можно только неудавшееся уведомление; это сейчас в состоянии «" + n.status.code() + "».");
        }
        n.status = NotificationStatus.PENDING;
        n.maxAttempts = n.attempts + outbox.maxAttempts();
        n.nextAttemptAt = clock.instant();
        LOG.infof("Notification %s retried by %s", n.id, actor);
        return view(n);
    }

    /**
     * Sends a notice again on another channel: same template version and values, rendered for the
     * new channel. The old notification stays in the log as it was.
     */
    @Transactional
    public NotificationView reroute(UUID id, DeliveryChannel channel, String recipient, String actor) {
        Notification old = find(id);
        if (old.purgedAt != null) {
            throw new ProblemException("notification-purged", 409, "Текст уведомления удалён",
                    "Текст уведомления удалён по сроку хранения, поэтому отправить его снова нельзя.");
        }
        if (old.status == NotificationStatus.PENDING || old.status == NotificationStatus.SENDING) {
            throw new ProblemException("notification-in-progress", 409, "Уведомление ещё доставляется",
                    "Перенаправить можно после того, как доставка закончится неудачей или успехом.");
        }
        String email = old.contactEmail;
        String phone = old.contactPhone;
        String address = old.contactAddress;
        if (recipient != null && !recipient.isBlank()) {
            switch (channel) {
                case EMAIL -> email = recipient.strip();
                case SMS, PHONE -> phone = PhoneNumbers.toE164(recipient)
                        .orElseThrow(() -> ProblemException.invalid("recipient", "Проверьте номер телефона, например +7 913 123-45-67"));
                case POST -> address = recipient.strip();
                case PORTAL -> throw ProblemException.invalid("recipient", "Для личного кабинета адрес не указывается");
            }
        }
        Addressee to = new Addressee(old.recipientName, email, phone, address, old.clientSubject,
                old.callWindows == null ? List.of() : old.callWindows);
        Route route = ChannelRules.routes(ChannelChoice.only(channel), ChannelMandate.NONE, to).get(0);
        NotificationTemplate template = templates.versionOf(old.kind, old.templateVersion);
        Notification n = newNotification(old.kind, new Route(channel, RouteRole.REROUTE, route.address()), to, template,
                old.templateValues, clock.instant());
        n.groupId = old.groupId;
        n.idempotencyKey = old.idempotencyKey + ":reroute:" + n.id;
        n.messageRef = old.messageRef;
        n.feedbackToken = old.feedbackToken;
        n.dueBy = old.dueBy;
        n.reroutedFrom = old.id;
        notifications.persist(n);
        LOG.infof("Notification %s re-routed to %s as %s by %s", old.id, channel.code(), n.id, actor);
        return view(n);
    }

    /** The client's portal inbox. */
    @Transactional
    public MyNotifications inbox(String clientSubject, PageRequest page) {
        PanacheQuery<Notification> query = notifications.inboxOf(clientSubject);
        query.page(io.quarkus.panache.common.Page.of(page.page, page.size));
        List<PortalNotification> items = query.list().stream()
                .map(n -> new PortalNotification(n.id, n.kind, n.messageRef, n.subject, n.bodyText, local(n.sentAt),
                        n.readAt != null))
                .toList();
        return new MyNotifications(items, page.page, page.size, query.count(), notifications.unreadOf(clientSubject));
    }

    /** Marks an inbox notice read; someone else's notice does not exist for the caller. */
    @Transactional
    public void markRead(UUID id, String clientSubject) {
        Notification n = notifications.findByIdOptional(id)
                .filter(found -> found.channel == DeliveryChannel.PORTAL && found.status == NotificationStatus.SENT
                        && clientSubject.equals(found.clientSubject))
                .orElseThrow(() -> ProblemException.notFound("Уведомление не найдено."));
        if (n.readAt == null) {
            n.readAt = clock.instant();
        }
    }

    private Notification find(UUID id) {
        return notifications.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Уведомление не найдено."));
    }

    private NotificationView view(Notification n) {
        return new NotificationView(n.id, n.groupId, n.kind, n.channel, n.route, n.status, n.messageRef,
                n.recipientName, n.recipient, n.subject, n.attempts, n.maxAttempts, n.lastError,
                n.status == NotificationStatus.PENDING ? local(n.nextAttemptAt) : null, n.emailMessageId, n.providerRef,
                local(n.dueBy), Timeliness.of(n.dueBy, n.status == NotificationStatus.SENT ? n.sentAt : null, clock.instant()),
                n.reroutedFrom, local(n.createdAt), local(n.sentAt), local(n.readAt));
    }

    private static String key(Notice notice, DeliveryChannel channel) {
        return notice.idempotencyKey() + ":" + channel.code();
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(TimeConfig.DEPARTMENT_ZONE).toOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
