package ru.otklik.messages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import ru.otklik.calendar.CalendarService;
import ru.otklik.calendar.Deadline;
import ru.otklik.calendar.DeadlineRule;
import ru.otklik.calendar.DeadlineService;
import ru.otklik.calendar.WorkingSchedules;
import ru.otklik.calendar.WorkingTime;
import ru.otklik.knowledge.ArticleService;
import ru.otklik.knowledge.DepartmentService;
import ru.otklik.knowledge.ReferralService;
import ru.otklik.knowledge.api.ArticleView;
import ru.otklik.knowledge.api.ReferralView;
import ru.otklik.messages.api.AnswerDraft;
import ru.otklik.messages.api.AnswerRequest;
import ru.otklik.messages.api.AssignmentRequest;
import ru.otklik.messages.api.ClarificationRequest;
import ru.otklik.messages.api.ClarificationSlot;
import ru.otklik.messages.api.ExtensionRequest;
import ru.otklik.messages.api.InadmissibleRequest;
import ru.otklik.messages.api.MessageEventView;
import ru.otklik.messages.api.RedirectRequest;
import ru.otklik.messages.api.WorkflowView;
import ru.otklik.notifications.Addressee;
import ru.otklik.notifications.ChannelChoice;
import ru.otklik.notifications.ChannelMandate;
import ru.otklik.notifications.DeliveryChannel;
import ru.otklik.notifications.Notice;
import ru.otklik.notifications.NotificationKind;
import ru.otklik.notifications.NotificationSent;
import ru.otklik.notifications.NotificationService;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.shared.problem.FieldProblem;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.time.TimeConfig;
import ru.otklik.text.plain.PlainLanguageChecker;
import ru.otklik.text.plain.PlainLanguageIssue;
import ru.otklik.text.plain.PlainLanguageReport;

/**
 * The work on a registered message up to the final answer (§9–§16): assignment, clarification,
 * inadmissibility, redirect, answer or refusal, term extension. Every status change goes through
 * {@link MessageTransitions}; every step is written to the message's story; every notice to the
 * client is queued in the same transaction as the step.
 */
@ApplicationScoped
public class WorkflowService {

    private static final Logger LOG = Logger.getLogger(WorkflowService.class);

    /** §12: clients are contacted in the department's working hours. */
    static final String OFFICE_SCHEDULE = "department-office";

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'года'", Locale.forLanguageTag("ru"));
    private static final Pattern DOUBLE_BRACES = Pattern.compile("\\{\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*}}");

    private final MessageRepository messages;
    private final MessageEventRepository events;
    private final MessageStory story;
    private final NotificationService notifications;
    private final DeadlineService deadlines;
    private final CalendarService calendar;
    private final WorkingSchedules schedules;
    private final ReferralService referrals;
    private final ArticleService articles;
    private final DepartmentService departments;
    private final PlainLanguageChecker plainLanguage;
    private final Clock clock;

    @Inject
    CorrespondenceRepository correspondence;

    WorkflowService(MessageRepository messages, MessageEventRepository events, MessageStory story,
            NotificationService notifications, DeadlineService deadlines, CalendarService calendar,
            WorkingSchedules schedules, ReferralService referrals, ArticleService articles,
            DepartmentService departments, PlainLanguageChecker plainLanguage, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.story = story;
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.schedules = schedules;
        this.referrals = referrals;
        this.articles = articles;
        this.departments = departments;
        this.plainLanguage = plainLanguage;
        this.clock = clock;
    }

    // --- reading ---

    @Transactional
    public WorkflowView view(UUID id, CurrentUser user) {
        return view(find(id), user);
    }

    @Transactional
    public List<MessageEventView> story(UUID id) {
        find(id);
        return events.storyOf(id).stream()
                .map(e -> new MessageEventView(e.id, local(e.occurredAt), e.actor, e.kind, e.details))
                .toList();
    }

    /** §12: the moment from which the executor may call: now in working hours, else the next opening. */
    public ClarificationSlot nextSlot() {
        Instant now = clock.instant();
        boolean open = schedules.isOpen(OFFICE_SCHEDULE, now);
        Instant next = open ? now : schedules.nextOpening(OFFICE_SCHEDULE, now);
        return new ClarificationSlot(open, local(next), OFFICE_SCHEDULE);
    }

    // --- commands ---

    /** A head assigns within their units, an operator or administrator anywhere; work starts. */
    @Transactional
    public WorkflowView assign(UUID id, AssignmentRequest r, CurrentUser user) {
        Message m = load(id, r.version());
        if (departments.find(r.departmentCode()).isEmpty()) {
            throw ProblemException.invalid("departmentCode", "Нет такого подразделения");
        }
        if (!user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.OPERATOR)) {
            boolean own = user.departments().contains(r.departmentCode())
                    && (m.departmentCode == null || user.departments().contains(m.departmentCode));
            if (!own) {
                throw new ProblemException("foreign-department", 403, "Чужое подразделение",
                        "Руководитель назначает исполнителей только в своём подразделении.");
            }
        }
        if (m.status != MessageStatus.IN_WORK && m.status != MessageStatus.AWAITING_CLARIFICATION) {
            MessageTransitions.require(m.status, MessageStatus.IN_WORK);
        }
        String actor = actor(user);
        m.departmentCode = r.departmentCode();
        m.executor = r.executor().strip();
        story.record(m, actor, MessageEventKind.ASSIGNED, "departmentCode", m.departmentCode, "executor", m.executor);
        if (m.status != MessageStatus.IN_WORK && m.status != MessageStatus.AWAITING_CLARIFICATION) {
            move(m, MessageStatus.IN_WORK, actor);
        }
        LOG.infof("Message %s assigned to %s (%s) by %s", m.registrationNumber, m.executor, m.departmentCode, actor);
        return saved(m, user);
    }

    /** §12: a contact with the client, in working hours; waiting for the client pauses the work. */
    @Transactional
    public WorkflowView clarify(UUID id, ClarificationRequest r, CurrentUser user) {
        Message m = load(id, r.version());
        requireWorkable(m, user);
        if (m.status != MessageStatus.IN_WORK && m.status != MessageStatus.AWAITING_CLARIFICATION) {
            throw MessageTransitions.illegal(m.status, MessageStatus.AWAITING_CLARIFICATION);
        }
        Instant at = r.contactedAt() == null ? clock.instant() : r.contactedAt().toInstant();
        if (at.isAfter(clock.instant().plusSeconds(60))) {
            throw ProblemException.invalid("contactedAt", "Контакт ещё не состоялся: укажите время, которое уже прошло");
        }
        if (!schedules.isOpen(OFFICE_SCHEDULE, at)) {
            Instant next = schedules.nextOpening(OFFICE_SCHEDULE, at);
            throw new ProblemException("outside-working-hours", 422, "Нерабочее время",
                    "С клиентом связываются в рабочие часы департамента (§12). Ближайшее рабочее время: "
                            + (next == null ? "не определено" : local(next)) + ".",
                    List.of(new FieldProblem("contactedAt", "Время вне рабочих часов департамента")));
        }
        String actor = actor(user);
        story.record(m, actor, MessageEventKind.CLARIFICATION, "channel", r.channel(), "summary", r.summary().strip(),
                "outcome", r.outcome().strip(), "contactedAt", local(at).toString());
        if (Boolean.TRUE.equals(r.awaitingClient()) && m.status == MessageStatus.IN_WORK) {
            move(m, MessageStatus.AWAITING_CLARIFICATION, actor);
        } else if (Boolean.FALSE.equals(r.awaitingClient()) && m.status == MessageStatus.AWAITING_CLARIFICATION) {
            move(m, MessageStatus.IN_WORK, actor);
        }
        return saved(m, user);
    }

    /** §9: not considered on the merits; the client is told within one working day of receipt. */
    @Transactional
    public WorkflowView inadmissible(UUID id, InadmissibleRequest r, CurrentUser user) {
        Message m = load(id, r.version());
        requireWorkable(m, user);
        MessageTransitions.require(m.status, MessageStatus.INADMISSIBLE);
        String actor = actor(user);
        Deadline noticeBy = deadlines.compute(DeadlineRule.INADMISSIBILITY_NOTICE, m.receivedAt);
        NotificationService.Enqueued queued = notifications.enqueue(notice(m, NotificationKind.INADMISSIBILITY_NOTICE,
                "inadmissibility_notice:" + m.id, ChannelMandate.NONE)
                .date("receivedDate", m.receivedAt)
                .dueBy(noticeBy.due())
                .build());
        move(m, MessageStatus.INADMISSIBLE, actor);
        story.record(m, actor, MessageEventKind.INADMISSIBILITY_SENT, "reason", r.reason(), "comment", blankToNull(r.comment()),
                "noticeDueBy", local(noticeBy.due()).toString(), "clause", DeadlineRule.INADMISSIBILITY_NOTICE.clause(),
                "notifications", ids(queued));
        LOG.infof("Message %s found inadmissible (%s) by %s", m.registrationNumber, r.reason(), actor);
        return saved(m, user);
    }

    /** §11: redirected to the competent authority from the referral directory; the client is told. */
    @Transactional
    public WorkflowView redirect(UUID id, RedirectRequest r, CurrentUser user) {
        Message m = load(id, r.version());
        requireWorkable(m, user);
        MessageTransitions.require(m.status, MessageStatus.REDIRECTED);
        ReferralView authority;
        try {
            authority = referrals.get(r.referralId());
        } catch (ProblemException e) {
            throw ProblemException.invalid("referralId", "Такого органа нет в справочнике");
        }
        String actor = actor(user);
        Deadline redirectBy = deadlines.compute(DeadlineRule.REDIRECT, m.receivedAt);
        NotificationService.Enqueued queued = notifications.enqueue(notice(m, NotificationKind.REDIRECT_NOTICE,
                "redirect_notice:" + m.id, ChannelMandate.NONE)
                .date("redirectDate", clock.instant())
                .value("authorityName", authority.name())
                .value("authorityContacts", contacts(authority))
                .value("explanation", r.explanation().strip())
                .dueBy(redirectBy.due())
                .build());
        move(m, MessageStatus.REDIRECTED, actor);
        story.record(m, actor, MessageEventKind.REDIRECTED, "referralId", authority.id().toString(),
                "authorityName", authority.name(), "explanation", r.explanation().strip(),
                "redirectDueBy", local(redirectBy.due()).toString(), "notifications", ids(queued));
        LOG.infof("Message %s redirected to «%s» by %s", m.registrationNumber, authority.name(), actor);
        return saved(m, user);
    }

    /**
     * §13–§16: the answer on the merits or a refusal, in writing (59-FZ art. 10 part 4), duplicated
     * to the client's other channels, with the satisfaction-survey link. A refusal whose grounds
     * are only citations of legal acts is not sent (§14).
     */
    @Transactional
    public WorkflowView answer(UUID id, AnswerRequest r, CurrentUser user) {
        boolean refusal = "refusal".equals(r.kind());
        if (refusal && (r.groundsPlain() == null || r.groundsPlain().isBlank())) {
            throw ProblemException.invalid("groundsPlain", "Изложите основания отказа простыми словами (§14)");
        }
        Message m = load(id, r.version());
        requireWorkable(m, user);
        MessageStatus target = refusal ? MessageStatus.REFUSED : MessageStatus.ANSWERED;
        MessageTransitions.require(m.status, target);
        String text = r.text().strip();
        String grounds = refusal ? r.groundsPlain().strip() : null;
        PlainLanguageReport letter = plainLanguage.check(grounds == null ? text : text + "\n\n" + grounds);
        // the refusal is known from the request, so its grounds are judged as a refusal even if
        // the wording avoids the words the checker recognises refusals by
        PlainLanguageReport groundsReport = grounds == null ? null : plainLanguage.check("Отказано. " + grounds);
        if (letter.blocked() || groundsReport != null && groundsReport.blocked()) {
            List<String> citations = (groundsReport != null && groundsReport.blocked() ? groundsReport : letter).issues()
                    .stream().filter(i -> i.kind() == PlainLanguageIssue.Kind.UNEXPLAINED_CITATION)
                    .map(PlainLanguageIssue::fragment).distinct().toList();
            throw new ProblemException("refusal-grounds-not-plain", 422, "Основания отказа — только ссылки на нормы",
                    "Клиент не должен читать правовые акты, чтобы понять, почему ему отказали (§14). Сейчас основания — "
                            + "только ссылки: " + String.join("; ", citations)
                            + ". Объясните своими словами, что требует норма и почему просьбу нельзя выполнить.",
                    List.of(new FieldProblem(refusal ? "groundsPlain" : "text",
                            "Объясните основания простыми словами, а не только ссылкой на норму")));
        }
        String answerText = grounds == null ? text : text + "\n\n" + grounds;
        String actor = actor(user);
        NotificationService.Enqueued queued = notifications.enqueue(notice(m, NotificationKind.ANSWER, "answer:" + m.id,
                ChannelMandate.WRITTEN_ANSWER)
                .value("answerText", answerText)
                .date("dueDate", m.dueAt)
                .value("executor", m.executor)
                .dueBy(m.dueAt)
                .build());
        move(m, target, actor);
        story.record(m, actor, refusal ? MessageEventKind.REFUSAL_SENT : MessageEventKind.ANSWER_SENT,
                "text", text, "groundsPlain", grounds, "readability", letter.readability(),
                "readabilityLevel", letter.readabilityLevel(), "remarks", letter.issues().size(),
                "notifications", ids(queued));
        LOG.infof("Message %s: %s sent by %s", m.registrationNumber, refusal ? "refusal" : "answer", actor);
        return saved(m, user);
    }

    /** 59-FZ art. 12 part 2: the term is extended once, by at most 30 days, and the client is told. */
    @Transactional
    public WorkflowView extend(UUID id, ExtensionRequest r, CurrentUser user) {
        Message m = load(id, r.version());
        requireWorkable(m, user);
        if (m.extendedAt != null) {
            throw new ProblemException("term-already-extended", 409, "Срок уже продлевали",
                    "Срок ответа можно продлить только один раз; его продлили " + local(m.extendedAt).toLocalDate() + ".");
        }
        if (!MessageTransitions.OPEN.contains(m.status)) {
            throw new ProblemException("message-finished", 409, "Работа над обращением закончена",
                    "Продлить срок можно, пока ответ не отправлен; обращение в состоянии «"
                            + MessageTransitions.label(m.status) + "».");
        }
        if (r.newDueDate() != null && r.workingDays() != null) {
            throw ProblemException.invalid("workingDays", "Укажите либо новую дату, либо число рабочих дней");
        }
        WorkingTime time = calendar.workingTime();
        Deadline limit = deadlines.compute(DeadlineRule.APPEAL_EXTENSION, m.dueAt);
        Instant newDue;
        String field;
        if (r.newDueDate() != null) {
            newDue = time.endOfDay(r.newDueDate());
            field = "newDueDate";
        } else if (r.workingDays() != null) {
            newDue = time.endOfDay(time.plusWorkingDays(time.localDate(m.dueAt), r.workingDays()));
            field = "workingDays";
        } else {
            newDue = limit.due();
            field = "newDueDate";
        }
        if (!newDue.isAfter(m.dueAt)) {
            throw ProblemException.invalid(field, "Новый срок должен быть позже текущего (" + local(m.dueAt).toLocalDate() + ")");
        }
        if (newDue.isAfter(limit.due())) {
            throw ProblemException.invalid(field, "Продлить можно не больше чем на 30 дней — до "
                    + local(limit.due()).toLocalDate() + " (59-ФЗ ст. 12 ч. 2)");
        }
        String actor = actor(user);
        String previous = m.dueAt.toString();
        m.dueAt = newDue;
        m.dueRule = DeadlineRule.APPEAL_EXTENSION.code();
        m.dueCalendarVersion = limit.calendarVersion();
        m.dueProvisional = limit.provisional();
        m.extendedAt = clock.instant();
        NotificationService.Enqueued queued = notifications.enqueue(notice(m, NotificationKind.TERM_EXTENSION,
                "term_extension:" + m.id, ChannelMandate.NONE)
                .date("newDueDate", newDue)
                .value("reason", r.reason().strip())
                .build());
        story.record(m, actor, MessageEventKind.EXTENSION, "from", previous, "to", newDue.toString(),
                "reason", r.reason().strip(), "clause", DeadlineRule.APPEAL_EXTENSION.clause(), "notifications", ids(queued));
        LOG.infof("Message %s: term extended to %s by %s", m.registrationNumber, newDue, actor);
        return saved(m, user);
    }

    /** §13: a knowledge-base answer template with {@code {{placeholders}}} filled for this message. */
    @Transactional
    public AnswerDraft answerDraft(UUID id, UUID articleId, CurrentUser user) {
        Message m = find(id);
        ArticleView article = articles.get(articleId, user);
        Map<String, String> values = new HashMap<>();
        values.put("clientName", m.authorName);
        values.put("registrationNumber", m.registrationNumber);
        values.put("receivedDate", RU_DATE.format(local(m.receivedAt)));
        values.put("dueDate", RU_DATE.format(local(m.dueAt)));
        values.put("today", RU_DATE.format(local(clock.instant())));
        if (m.executor != null) {
            values.put("executor", m.executor);
        }
        if (m.departmentCode != null) {
            departments.find(m.departmentCode).ifPresent(d -> values.put("departmentName", d.name()));
        }
        // knowledge articles are Markdown, where braces may be text, so their markers are doubled: {{clientName}}
        String body = article.body() == null ? "" : article.body();
        List<String> unfilled = new ArrayList<>();
        Matcher matcher = DOUBLE_BRACES.matcher(body);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null && !unfilled.contains(name)) {
                unfilled.add(name);
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? "{{" + name + "}}" : value));
        }
        matcher.appendTail(text);
        return new AnswerDraft(article.id(), article.title(), text.toString(), unfilled);
    }

    /** A notice was delivered: the story notes it, and the status follows where the Procedure says so. */
    @Transactional
    public void delivered(NotificationSent sent) {
        Message m = messages.getEntityManager().find(Message.class, sent.messageId(), LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            return;
        }
        Number seen = (Number) messages.getEntityManager().createNativeQuery("""
                select count(*) from message_event
                where message_id = :id and kind = 'NOTICE_DELIVERED' and details ->> 'notificationId' = :notification""")
                .setParameter("id", m.id).setParameter("notification", sent.notificationId().toString())
                .getSingleResult();
        if (seen.longValue() > 0) {
            return;
        }
        story.record(m, MessageStory.SYSTEM, MessageEventKind.NOTICE_DELIVERED, "notice", sent.kind().code(),
                "channel", sent.channel().code(), "notificationId", sent.notificationId().toString());
        MessageStatus next = switch (sent.kind()) {
            case PRIMARY_RESPONSE -> m.status == MessageStatus.REGISTERED ? MessageStatus.ACKNOWLEDGED : null;
            case ANSWER, FINAL_ANSWER -> m.status == MessageStatus.ANSWERED || m.status == MessageStatus.REFUSED
                    ? MessageStatus.CLOSED : null;
            case REDIRECT_NOTICE -> m.status == MessageStatus.REDIRECTED ? MessageStatus.CLOSED : null;
            case INADMISSIBILITY_NOTICE -> m.status == MessageStatus.INADMISSIBLE ? MessageStatus.CLOSED : null;
            default -> null;
        };
        if (next != null) {
            move(m, next, MessageStory.SYSTEM);
            if (next == MessageStatus.CLOSED) {
                m.closedAt = clock.instant();
            }
        }
    }

    // --- shared by the workflow ---

    Message find(UUID id) {
        return messages.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Обращение не найдено."));
    }

    /** Loads a message for a change; a caller that saw an older version is told, not overwritten. */
    Message load(UUID id, Long expectedVersion) {
        Message m = find(id);
        if (expectedVersion != null && expectedVersion != m.version) {
            throw concurrentEdit();
        }
        return m;
    }

    /**
     * Administrators and operators work any message; a head those of their units (and ones not yet
     * given to a unit); an executor those assigned to them.
     */
    boolean workable(Message m, CurrentUser user) {
        if (user.hasRole(Roles.ADMIN) || user.hasRole(Roles.OPERATOR)) {
            return true;
        }
        if (user.hasRole(Roles.HEAD) && (m.departmentCode == null || user.departments().contains(m.departmentCode))) {
            return true;
        }
        return user.hasRole(Roles.EXECUTOR) && m.executor != null && user.subject().map(m.executor::equals).orElse(false);
    }

    void requireWorkable(Message m, CurrentUser user) {
        if (!workable(m, user)) {
            throw new ProblemException("message-not-yours", 403, "Обращение не назначено вам",
                    "С обращением работает назначенный исполнитель, руководитель его подразделения или оператор.");
        }
    }

    /** Writes the change now, so a concurrent edit surfaces as a 409 here and not as a failed commit. */
    WorkflowView saved(Message m, CurrentUser user) {
        try {
            messages.flush();
        } catch (OptimisticLockException | StaleObjectStateException e) {
            throw concurrentEdit();
        }
        return view(m, user);
    }

    void move(Message m, MessageStatus to, String actor) {
        MessageTransitions.require(m.status, to);
        MessageStatus from = m.status;
        m.status = to;
        story.record(m, actor, MessageEventKind.STATUS_CHANGED, "from", MessageTransitions.code(from),
                "to", MessageTransitions.code(to));
    }

    private WorkflowView view(Message m, CurrentUser user) {
        Instant now = clock.instant();
        return new WorkflowView(m.id, m.status, m.version, m.triageSuggestion, m.topicCode, m.urgent, m.abuse,
                m.departmentCode, m.executor, local(m.triagedAt), m.triagedBy, local(m.dueAt), m.dueRule,
                local(m.extendedAt), MessageTransitions.OPEN.contains(m.status) && m.dueAt.isBefore(now),
                MessageTransitions.next(m.status).stream().sorted().toList(), workable(m, user));
    }

    private static ProblemException concurrentEdit() {
        return new ProblemException("concurrent-edit", 409, "Обращение уже изменили",
                "Пока вы работали, обращение изменил кто-то другой. Обновите карточку и повторите действие.");
    }

    private Notice.Builder notice(Message m, NotificationKind kind, String key, ChannelMandate mandate) {
        return Notice.of(kind, key)
                .replyingTo(emailThread(m))
                .to(new Addressee(m.authorName, m.email, m.phone, m.postalAddress, m.clientSubject))
                .channels(new ChannelChoice(DeliveryChannel.fromCode(m.preferredChannel.code()),
                        m.additionalChannel == null ? null : DeliveryChannel.fromCode(m.additionalChannel.code())))
                .mandate(mandate)
                .aboutMessage(m.id)
                .value("registrationNumber", m.registrationNumber);
    }

    /**
     * The client's mails about the message, oldest first: the one it came in, then the ones they
     * wrote later from the same address. Our notice answers the latest.
     */
    private List<String> emailThread(Message m) {
        List<String> thread = new ArrayList<>();
        if (m.emailMessageId != null) {
            thread.add(m.emailMessageId);
        }
        if (m.email != null) {
            thread.addAll(correspondence.clientMailIds(m.id, m.email));
        }
        return thread;
    }

    private static String contacts(ReferralView r) {
        List<String> parts = new ArrayList<>();
        if (r.address() != null && !r.address().isBlank()) {
            parts.add(r.address());
        }
        if (r.phones() != null && !r.phones().isEmpty()) {
            parts.add("телефон " + String.join(", ", r.phones()));
        }
        if (r.email() != null && !r.email().isBlank()) {
            parts.add(r.email());
        }
        if (r.website() != null && !r.website().isBlank()) {
            parts.add(r.website());
        }
        return String.join(", ", parts);
    }

    private static List<String> ids(NotificationService.Enqueued queued) {
        return queued.notificationIds().stream().map(UUID::toString).toList();
    }

    static String actor(CurrentUser user) {
        return user.subject().orElse(user.name());
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(TimeConfig.DEPARTMENT_ZONE).toOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
