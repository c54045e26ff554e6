package ru.otklik.notifications;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.notifications.api.PreviewRequest;
import ru.otklik.notifications.api.PreviewView;
import ru.otklik.knowledge.DepartmentService;
import ru.otklik.notifications.api.TemplateDraft;
import ru.otklik.notifications.api.TemplateFinding;
import ru.otklik.notifications.api.TemplateView;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.shared.problem.FieldProblem;
import ru.otklik.shared.problem.ProblemException;

/**
 * Owns the wording of every notice: versions of templates, their checks, and rendering for a
 * channel. Errors surface where they can be fixed — a bad placeholder when the template is saved,
 * a missing value when the notice is enqueued — and never as a broken letter to a citizen.
 */
@ApplicationScoped
public class TemplateService {

    private static final Logger LOG = Logger.getLogger(TemplateService.class);

    private final NotificationTemplateRepository templates;
    private final NotificationsConfig config;
    private final TemplateReadability readability;
    private final DepartmentService departments;
    private final Clock clock;
    private final Event<TemplateSaved> saved;

    /**
     * Every notice asks for the wording in force, and the answer changes only when a version is
     * saved (versions are never edited), so it is kept in memory: a save here is seen at once,
     * a save on another instance of the app within {@link #IN_FORCE_TTL}.
     */
    private final ConcurrentMap<NotificationKind, InForce> inForce = new ConcurrentHashMap<>();
    static final Duration IN_FORCE_TTL = Duration.ofSeconds(30);

    private record InForce(NotificationTemplate template, long loadedAtNanos) {
    }

    /** A new version of {@code kind} was stored; fired inside the saving transaction. */
    record TemplateSaved(NotificationKind kind) {
    }

    TemplateService(NotificationTemplateRepository templates, NotificationsConfig config,
            TemplateReadability readability, DepartmentService departments, Clock clock, Event<TemplateSaved> saved) {
        this.templates = templates;
        this.config = config;
        this.readability = readability;
        this.departments = departments;
        this.clock = clock;
        this.saved = saved;
    }

    /** The wording in force for a kind. */
    @Transactional
    public NotificationTemplate current(NotificationKind kind) {
        InForce cached = inForce.get(kind);
        if (cached != null && System.nanoTime() - cached.loadedAtNanos() < IN_FORCE_TTL.toNanos()) {
            return cached.template();
        }
        NotificationTemplate t = templates.current(kind).orElseThrow(() -> new ProblemException("template-missing", 500,
                "Нет шаблона уведомления", "Для вида «" + kind.code() + "» не задан текст."));
        inForce.put(kind, new InForce(t, System.nanoTime()));
        return t;
    }

    /** Only once the new version is committed, or a notice in between could cache the old one again. */
    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) TemplateSaved event) {
        inForce.remove(event.kind());
    }

    /** The version a notification was rendered from, for re-rendering it on another channel. */
    @Transactional
    public NotificationTemplate versionOf(NotificationKind kind, int version) {
        return templates.version(kind, version).orElseGet(() -> current(kind));
    }

    @Transactional
    public List<NotificationTemplate> versions(NotificationKind kind) {
        return templates.versions(kind);
    }

    /** What a save stored, with the plain-language advice it passed with. */
    public record Saved(NotificationTemplate template, List<TemplateFinding> findings) {
    }

    /**
     * Stores a new wording as the next version: only an editor of the owning unit or an
     * administrator may (§13); the placeholders must always render; and the plain-language check
     * (§6) must find nothing that makes the text unreadable — lesser findings come back as advice.
     */
    @Transactional
    public Saved saveVersion(NotificationKind kind, TemplateDraft draft, CurrentUser user) {
        NotificationTemplate current = templates.current(kind).orElse(null);
        String owner = current == null ? null : current.ownerDepartment;
        String requestedOwner = draft.ownerDepartment() == null || draft.ownerDepartment().isBlank() ? null
                : draft.ownerDepartment().strip();
        requireEdit(kind, owner, user);
        if (requestedOwner != null && !requestedOwner.equals(owner)) {
            if (!user.hasRole(Roles.ADMIN)) {
                throw new ProblemException("template-owner-change", 403, "Владельца шаблона меняет администратор",
                        "Передать шаблон «" + kind.code() + "» другому подразделению может только администратор.");
            }
            if (departments.find(requestedOwner).isEmpty()) {
                throw ProblemException.invalid("ownerDepartment", "Нет подразделения с кодом «" + requestedOwner + "»");
            }
            owner = requestedOwner;
        }
        if (owner == null) {
            throw ProblemException.invalid("ownerDepartment", "Укажите подразделение, которое будет вести шаблон");
        }
        check(kind, draft.subject(), draft.body(), draft.shortBody());
        List<TemplateFinding> findings = readability.check(kind, draft.subject(), draft.body(), draft.shortBody());
        readability.requireReadable(findings);
        NotificationTemplate t = new NotificationTemplate();
        t.kind = kind;
        t.version = current == null ? 1 : current.version + 1;
        t.subject = draft.subject().strip();
        t.body = draft.body().strip();
        t.shortBody = draft.shortBody().strip();
        t.ownerDepartment = owner;
        t.createdAt = clock.instant();
        t.createdBy = user.name();
        templates.persist(t);
        saved.fire(new TemplateSaved(kind));
        LOG.infof("Template %s version %d (owner %s) saved by %s with %d remarks", kind.code(), t.version, owner,
                user.name(), findings.size());
        return new Saved(t, findings);
    }

    /** §13: the owning unit's knowledge-base editors and administrators edit a template. */
    static boolean mayEdit(String ownerDepartment, CurrentUser user) {
        return user.hasRole(Roles.ADMIN)
                || user.hasRole(Roles.KB_EDITOR) && ownerDepartment != null && user.departments().contains(ownerDepartment);
    }

    private void requireEdit(NotificationKind kind, String owner, CurrentUser user) {
        if (!mayEdit(owner, user)) {
            String ownerName = owner == null ? null : departments.names().getOrDefault(owner, owner);
            throw new ProblemException("template-foreign-department", 403, "Шаблон другого подразделения",
                    user.hasRole(Roles.KB_EDITOR) && user.departments().isEmpty()
                            ? "В вашей учётной записи не указано подразделение, поэтому править шаблоны уведомлений вы не можете. "
                                    + "Обратитесь к администратору."
                            : "Шаблон «" + kind.code() + "» ведёт " + (ownerName == null ? "администратор" : ownerName)
                                    + "; править его могут редакторы базы знаний этого подразделения и администратор.");
        }
    }

    /**
     * Checks a draft: placeholders well-formed and known for the kind, and every placeholder the
     * clause demands present in the full and the short text. All problems are reported at once.
     */
    public void check(NotificationKind kind, String subject, String body, String shortBody) {
        List<FieldProblem> errors = new ArrayList<>();
        Map<String, TemplateText> parsed = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subject", subject);
        fields.put("body", body);
        fields.put("shortBody", shortBody);
        fields.forEach((field, text) -> {
            if (text == null || text.isBlank()) {
                errors.add(new FieldProblem(field, "Текст не может быть пустым"));
                return;
            }
            try {
                TemplateText t = TemplateText.parse(text);
                parsed.put(field, t);
                for (String name : t.placeholders()) {
                    if (!kind.placeholders().contains(name)) {
                        errors.add(new FieldProblem(field, "Неизвестная подстановка {" + name + "}. Для вида «"
                                + kind.code() + "» доступны: " + braces(kind.placeholders())));
                    }
                }
            } catch (TemplateText.MalformedException e) {
                errors.add(new FieldProblem(field, e.getMessage()));
            }
        });
        if (errors.isEmpty()) {
            Set<String> inFull = new LinkedHashSet<>(parsed.get("subject").placeholders());
            inFull.addAll(parsed.get("body").placeholders());
            for (String required : kind.mandatory()) {
                if (!inFull.contains(required)) {
                    errors.add(new FieldProblem("body", "Нужна подстановка {" + required + "}: её требует "
                            + kind.clause()));
                }
                if (!parsed.get("shortBody").placeholders().contains(required)) {
                    errors.add(new FieldProblem("shortBody", "Нужна подстановка {" + required + "}: её требует "
                            + kind.clause()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException("template-invalid", 400, "Шаблон содержит ошибки",
                    "Исправьте отмеченные места шаблона: с ними уведомление нельзя отправить.", errors);
        }
    }

    /**
     * Renders a template for one channel. A placeholder without a value is a 422 naming it: the
     * calling feature (or the previewing editor) must supply it; nothing half-filled goes out.
     */
    public Rendered render(NotificationTemplate t, DeliveryChannel channel, Map<String, String> values,
            LetterHead letter) {
        TemplateText subject = TemplateText.parse(t.subject);
        TemplateText text = TemplateText.parse(usesShortText(channel) ? t.shortBody : t.body);
        Set<String> missing = new LinkedHashSet<>(subject.missing(values));
        missing.addAll(text.missing(values));
        if (!missing.isEmpty()) {
            throw new ProblemException("template-value-missing", 422, "Не хватает данных для уведомления",
                    "В уведомлении «" + t.kind.code() + "» нечем заполнить " + braces(missing) + ".",
                    missing.stream().map(m -> new FieldProblem("values." + m, "Нет значения для {" + m + "}")).toList());
        }
        String renderedSubject = subject.render(values);
        String renderedText = text.render(values);
        return switch (channel) {
            case EMAIL -> new Rendered(renderedSubject,
                    Layouts.emailText(renderedText, config.phone()).render(),
                    Layouts.email(renderedSubject, HtmlParagraphs.of(renderedText), config.phone()).render());
            case POST -> new Rendered(renderedSubject, renderedText,
                    Layouts.letter(renderedSubject, HtmlParagraphs.of(renderedText), letter.recipientName(),
                            letter.recipientAddress(), letter.registration(), RussianFormats.date(clock.instant()),
                            config.returnAddress(), config.phone()).render());
            case SMS, PHONE, PORTAL -> new Rendered(renderedSubject, renderedText, null);
        };
    }

    /** The wording in force for every kind, as the editor lists them, with its plain-language remarks. */
    @Transactional
    public List<TemplateView> views(CurrentUser user) {
        Map<String, String> names = departments.names();
        List<TemplateView> views = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            templates.current(kind).ifPresent(t -> views.add(view(t, names, user,
                    readability.check(t.kind, t.subject, t.body, t.shortBody))));
        }
        return views;
    }

    @Transactional
    public List<TemplateView> versionViews(String kindCode, CurrentUser user) {
        Map<String, String> names = departments.names();
        return templates.versions(kind(kindCode)).stream().map(t -> view(t, names, user, null)).toList();
    }

    /** Saves a new version; the answer carries the warnings the text was saved with. */
    @Transactional
    public TemplateView save(String kindCode, TemplateDraft draft, CurrentUser user) {
        Saved saved = saveVersion(kind(kindCode), draft, user);
        return view(saved.template(), departments.names(), user, saved.findings());
    }

    /**
     * Renders the current wording or a draft with the given values, sample values filling the
     * rest — so an editor sees the real layout before a citizen does.
     */
    @Transactional
    public PreviewView preview(String kindCode, PreviewRequest request) {
        NotificationKind kind = kind(kindCode);
        NotificationTemplate t;
        if (request != null && request.draft() != null) {
            TemplateDraft d = request.draft();
            check(kind, d.subject(), d.body(), d.shortBody());
            t = new NotificationTemplate();
            t.kind = kind;
            t.subject = d.subject();
            t.body = d.body();
            t.shortBody = d.shortBody();
        } else {
            t = current(kind);
        }
        Map<String, String> values = new LinkedHashMap<>(kind.samples());
        if (request != null && request.values() != null) {
            values.putAll(request.values());
        }
        Rendered email = render(t, DeliveryChannel.EMAIL, values, null);
        Rendered sms = render(t, DeliveryChannel.SMS, values, null);
        return new PreviewView(email.subject(), email.text(), email.html(), sms.text(),
                ru.otklik.notifications.internal.SmsEncoding.count(sms.text()),
                readability.check(kind, t.subject, t.body, t.shortBody));
    }

    private static NotificationKind kind(String code) {
        NotificationKind kind = NotificationKind.fromCode(code);
        if (kind == null) {
            throw ProblemException.notFound("Нет вида уведомлений «" + code + "».");
        }
        return kind;
    }

    private static TemplateView view(NotificationTemplate t, Map<String, String> departmentNames, CurrentUser user,
            List<TemplateFinding> findings) {
        return new TemplateView(t.kind, t.kind.clause(), t.version, t.subject, t.body, t.shortBody,
                t.kind.placeholders().stream().sorted().toList(), t.kind.mandatory().stream().sorted().toList(),
                t.ownerDepartment, departmentNames.getOrDefault(t.ownerDepartment, t.ownerDepartment),
                mayEdit(t.ownerDepartment, user), findings, NotificationService.local(t.createdAt), t.createdBy);
    }

    static boolean usesShortText(DeliveryChannel channel) {
        return channel == DeliveryChannel.SMS || channel == DeliveryChannel.PHONE;
    }

    /** What a printed letter needs besides the words. */
    public record LetterHead(String recipientName, String recipientAddress, String registration) {
    }

    private static String braces(Set<String> names) {
        return String.join(", ", names.stream().sorted().map(n -> "{" + n + "}").toList());
    }
}
