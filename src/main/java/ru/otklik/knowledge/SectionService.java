package ru.otklik.knowledge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.knowledge.api.DueReviews;
import ru.otklik.knowledge.api.ReviewRequest;
import ru.otklik.knowledge.api.ReviewView;
import ru.otklik.knowledge.api.SectionRequest;
import ru.otklik.knowledge.api.SectionView;
import ru.otklik.knowledge.internal.ReviewSchedule;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.time.TimeConfig;

/** Sections of the knowledge base, their owners and their monthly review (§32, §33, §35). */
@ApplicationScoped
public class SectionService {

    private static final Logger LOG = Logger.getLogger(SectionService.class);

    private final SectionRepository sections;
    private final SectionReviewRepository reviews;
    private final ArticleRepository articles;
    private final DepartmentService departments;
    private final Clock clock;

    SectionService(SectionRepository sections, SectionReviewRepository reviews, ArticleRepository articles,
            DepartmentService departments, Clock clock) {
        this.sections = sections;
        this.reviews = reviews;
        this.articles = articles;
        this.departments = departments;
        this.clock = clock;
    }

    @Transactional
    public List<SectionView> list(String departmentCode, KnowledgeAccess access) {
        if (departmentCode != null && departments.find(departmentCode).isEmpty()) {
            throw ProblemException.invalid("department", "Нет подразделения с кодом «" + departmentCode + "»");
        }
        Map<String, String> names = departments.names();
        List<String> procedureOrder = List.copyOf(names.keySet());
        LocalDate today = today();
        return sections.ofDepartment(departmentCode).stream()
                .sorted(Comparator.comparing((Section s) -> procedureOrder.indexOf(s.departmentCode))
                        .thenComparing(s -> s.title))
                .map(s -> view(s, names, today, access))
                .toList();
    }

    @Transactional
    public SectionView get(UUID id, KnowledgeAccess access) {
        return view(find(id), departments.names(), today(), access);
    }

    @Transactional
    public SectionView create(SectionRequest request, KnowledgeAccess access) {
        String department = existingDepartment(request.departmentCode());
        access.requireEdit(department, departments.names().get(department));
        String title = request.title().strip();
        if (sections.titleTaken(department, title, null)) {
            throw ProblemException.invalid("title", "У подразделения уже есть раздел с таким названием");
        }
        Section s = new Section();
        s.id = UUID.randomUUID();
        s.departmentCode = department;
        s.title = title;
        s.description = blankToNull(request.description());
        s.reviewCadenceMonths = cadence(request);
        s.reviewAnchor = today();
        s.createdAt = clock.instant();
        sections.persist(s);
        LOG.infof("Knowledge section %s «%s» created for %s by %s", s.id, s.title, department, access.user());
        return view(s, departments.names(), today(), access);
    }

    @Transactional
    public SectionView update(UUID id, SectionRequest request, KnowledgeAccess access) {
        Section s = find(id);
        Map<String, String> names = departments.names();
        access.requireEdit(s.departmentCode, names.get(s.departmentCode));
        String department = existingDepartment(request.departmentCode());
        if (!department.equals(s.departmentCode) && !access.admin()) {
            throw new ProblemException("knowledge-owner-change", 403, "Сменить владельца может только администратор",
                    "Раздел закрепляется за подразделением, отвечающим за функцию (§33); передачу раздела оформляет администратор.");
        }
        String title = request.title().strip();
        if (sections.titleTaken(department, title, s.id)) {
            throw ProblemException.invalid("title", "У подразделения уже есть раздел с таким названием");
        }
        s.departmentCode = department;
        s.title = title;
        s.description = blankToNull(request.description());
        s.reviewCadenceMonths = cadence(request);
        LOG.infof("Knowledge section %s updated by %s", s.id, access.user());
        return view(s, names, today(), access);
    }

    /** §35: a review is recorded by an editor of the owning unit and restarts the section's cycle. */
    @Transactional
    public ReviewView recordReview(UUID sectionId, ReviewRequest request, KnowledgeAccess access) {
        Section s = find(sectionId);
        access.requireEdit(s.departmentCode, departments.names().get(s.departmentCode));
        SectionReview r = new SectionReview();
        r.id = UUID.randomUUID();
        r.sectionId = s.id;
        r.reviewedAt = clock.instant();
        r.reviewedOn = today();
        r.reviewer = access.user();
        r.outcome = request.outcome();
        r.notes = request.notes().strip();
        reviews.persist(r);
        s.reviewAnchor = r.reviewedOn;
        LOG.infof("Knowledge section %s reviewed by %s (%s)", s.id, r.reviewer, r.outcome.code());
        return reviewView(r, schedule(s).dueOn());
    }

    @Transactional
    public List<ReviewView> reviews(UUID sectionId) {
        Section s = find(sectionId);
        LocalDate nextDue = schedule(s).dueOn();
        List<SectionReview> all = reviews.ofSection(sectionId);
        List<ReviewView> views = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            SectionReview r = all.get(i);
            LocalDate due = i == 0 ? nextDue : new ReviewSchedule(r.reviewedOn, s.reviewCadenceMonths).dueOn();
            views.add(reviewView(r, due));
        }
        return views;
    }

    /** Sections due within {@code withinDays} or overdue, per unit in the order of §18, most overdue first. */
    @Transactional
    public DueReviews due(int withinDays) {
        return due(withinDays, today());
    }

    /** As of {@code today}: the reminders of a given day (§35). */
    @Transactional
    public DueReviews due(int withinDays, LocalDate today) {
        Map<String, String> names = departments.names();
        Map<String, List<DueReviews.SectionDue>> byDepartment = new LinkedHashMap<>();
        names.keySet().forEach(code -> byDepartment.put(code, new ArrayList<>()));
        for (Section s : sections.ofDepartment(null)) {
            ReviewSchedule schedule = schedule(s);
            ReviewSchedule.State state = schedule.state(today, withinDays);
            if (state != ReviewSchedule.State.OK) {
                byDepartment.computeIfAbsent(s.departmentCode, c -> new ArrayList<>())
                        .add(new DueReviews.SectionDue(s.id, s.title, lastReviewedOn(s), schedule.dueOn(),
                                state.name().toLowerCase(), schedule.daysOverdue(today)));
            }
        }
        List<DueReviews.DepartmentDue> result = new ArrayList<>();
        byDepartment.forEach((code, due) -> {
            if (!due.isEmpty()) {
                due.sort(Comparator.comparing(DueReviews.SectionDue::dueOn).thenComparing(DueReviews.SectionDue::title));
                int overdue = (int) due.stream().filter(d -> d.state().equals("overdue")).count();
                result.add(new DueReviews.DepartmentDue(code, names.getOrDefault(code, code), overdue,
                        due.size() - overdue, List.copyOf(due)));
            }
        });
        return new DueReviews(today, withinDays, result);
    }

    Section find(UUID id) {
        return sections.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Раздел базы знаний не найден."));
    }

    private SectionView view(Section s, Map<String, String> names, LocalDate today, KnowledgeAccess access) {
        ReviewSchedule schedule = schedule(s);
        long count = access.mayEdit(s.departmentCode)
                ? articles.countInSection(s.id)
                : articles.count("section.id = ?1 and status = ?2", s.id, ArticleStatus.PUBLISHED);
        return new SectionView(s.id, s.departmentCode, names.getOrDefault(s.departmentCode, s.departmentCode), s.title,
                s.description, s.reviewCadenceMonths, lastReviewedOn(s), schedule.dueOn(),
                schedule.state(today, 0).name().toLowerCase(), count, access.mayEdit(s.departmentCode));
    }

    private LocalDate lastReviewedOn(Section s) {
        return reviews.ofSection(s.id).stream().findFirst().map(r -> r.reviewedOn).orElse(null);
    }

    private static ReviewSchedule schedule(Section s) {
        return new ReviewSchedule(s.reviewAnchor, s.reviewCadenceMonths);
    }

    private static ReviewView reviewView(SectionReview r, LocalDate nextDue) {
        return new ReviewView(r.id, r.sectionId, OffsetDateTime.ofInstant(r.reviewedAt, TimeConfig.DEPARTMENT_ZONE),
                r.reviewer, r.outcome, r.notes, nextDue);
    }

    private String existingDepartment(String code) {
        return Optional.ofNullable(code).map(String::strip).filter(c -> departments.find(c).isPresent())
                .orElseThrow(() -> ProblemException.invalid("departmentCode", "Нет подразделения с кодом «" + code + "»"));
    }

    private static int cadence(SectionRequest request) {
        return request.reviewCadenceMonths() == null ? ReviewSchedule.DEFAULT_CADENCE_MONTHS : request.reviewCadenceMonths();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfig.DEPARTMENT_ZONE));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
