package ru.otklik.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.knowledge.api.ArticleAttachmentView;
import ru.otklik.knowledge.api.ArticleRequest;
import ru.otklik.knowledge.api.ArticleSummary;
import ru.otklik.knowledge.api.ArticleView;
import ru.otklik.knowledge.api.VersionDiff;
import ru.otklik.knowledge.api.VersionSummary;
import ru.otklik.knowledge.api.VersionView;
import ru.otklik.knowledge.internal.LineDiff;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.time.TimeConfig;

/**
 * Knowledge-base articles: written by the editors of the owning unit (§33), every change kept as a
 * version that can be compared and restored, drafts published when ready.
 */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final ArticleAttachmentRepository attachments;
    private final SectionService sections;
    private final DepartmentService departments;
    private final Clock clock;

    ArticleService(ArticleRepository articles, ArticleVersionRepository versions, ArticleAttachmentRepository attachments,
            SectionService sections, DepartmentService departments, Clock clock) {
        this.articles = articles;
        this.versions = versions;
        this.attachments = attachments;
        this.sections = sections;
        this.departments = departments;
        this.clock = clock;
    }

    @Transactional
    public ArticleView create(ArticleRequest request, KnowledgeAccess access) {
        Section section = editableSection(request.sectionId(), access);
        Instant now = clock.instant();
        Article a = new Article();
        a.id = UUID.randomUUID();
        a.status = ArticleStatus.DRAFT;
        a.createdAt = now;
        a.createdBy = access.user();
        apply(a, section, request);
        a.currentVersion = 1;
        a.updatedAt = now;
        a.updatedBy = access.user();
        articles.persist(a);
        record(a, "Создана", request.note());
        LOG.infof("Knowledge article %s «%s» created in section %s by %s", a.id, a.title, section.id, access.user());
        return view(a, access);
    }

    @Transactional
    public ArticleView get(UUID id, KnowledgeAccess access) {
        return view(visible(id, access), access);
    }

    /** For other features acting for a user, e.g. filling an answer template (§13). */
    @Transactional
    public ArticleView get(UUID id, ru.otklik.security.CurrentUser user) {
        return get(id, KnowledgeAccess.of(user));
    }

    @Transactional
    public Page<ArticleSummary> list(UUID sectionId, String department, String kind, KnowledgeAccess access,
            PageRequest page) {
        if (department != null && departments.find(department).isEmpty()) {
            throw ProblemException.invalid("department", "Нет подразделения с кодом «" + department + "»");
        }
        return Page.of(articles.browse(sectionId, department, kind(kind), access.draftsOf(), access.admin()), page,
                ArticleService::summary);
    }

    /** A change is refused when someone else changed the content since the editor opened it (files do not count). */
    @Transactional
    public ArticleView update(UUID id, ArticleRequest request, KnowledgeAccess access) {
        Article a = editable(id, access);
        if (request.baseVersion() == null) {
            throw ProblemException.invalid("baseVersion", "Укажите номер версии, с которой начата правка");
        }
        if (request.baseVersion() != a.currentVersion && !sameContentAs(a, request.baseVersion())) {
            throw new ProblemException("knowledge-edit-conflict", 409, "Статью уже изменили",
                    "Вы правили версию " + request.baseVersion() + ", а текущая — " + a.currentVersion + " (" + a.updatedBy
                            + "). Откройте статью заново, сравните версии и внесите правку ещё раз.");
        }
        Section target = a.section.id.equals(request.sectionId()) ? a.section : editableSection(request.sectionId(), access);
        ArticleSnapshot before = ArticleSnapshot.of(a);
        apply(a, target, request);
        return saveChange(a, before, null, request.note(), access);
    }

    @Transactional
    public ArticleView publish(UUID id, KnowledgeAccess access) {
        return setStatus(id, ArticleStatus.PUBLISHED, "Опубликована", access);
    }

    @Transactional
    public ArticleView unpublish(UUID id, KnowledgeAccess access) {
        return setStatus(id, ArticleStatus.DRAFT, "Снята с публикации", access);
    }

    @Transactional
    public List<VersionSummary> versions(UUID id, KnowledgeAccess access) {
        visible(id, access);
        return versions.ofArticle(id).stream()
                .map(v -> new VersionSummary(v.number, local(v.createdAt), v.author, v.changeSummary, v.note, v.status))
                .toList();
    }

    @Transactional
    public VersionView version(UUID id, int number, KnowledgeAccess access) {
        visible(id, access);
        ArticleVersion v = version(id, number);
        return new VersionView(v.articleId, v.number, local(v.createdAt), v.author, v.changeSummary, v.note, v.sectionId,
                v.kind, v.status, v.isPublic, v.title, v.question, v.body, List.copyOf(v.tags), List.copyOf(v.topics));
    }

    @Transactional
    public VersionDiff diff(UUID id, int from, int to, KnowledgeAccess access) {
        visible(id, access);
        ArticleSnapshot before = ArticleSnapshot.of(version(id, from));
        ArticleSnapshot after = ArticleSnapshot.of(version(id, to));
        List<VersionDiff.DiffLine> lines = LineDiff.of(before.body(), after.body()).stream()
                .map(l -> new VersionDiff.DiffLine(VersionDiff.Op.valueOf(l.op().name()), l.text(), l.oldNumber(),
                        l.newNumber()))
                .toList();
        return new VersionDiff(from, to, before.fieldChanges(after, this::sectionTitle), lines);
    }

    /** Restoring never rewrites history: the old content becomes a new version; the status stays. */
    @Transactional
    public ArticleView restore(UUID id, int number, KnowledgeAccess access) {
        Article a = editable(id, access);
        ArticleVersion old = version(id, number);
        Section target = a.section.id.equals(old.sectionId) ? a.section : editableSection(old.sectionId, access);
        ArticleSnapshot before = ArticleSnapshot.of(a);
        a.section = target;
        a.kind = old.kind;
        a.isPublic = old.isPublic;
        a.title = old.title;
        a.question = old.question;
        a.body = old.body;
        a.tags = new ArrayList<>(old.tags);
        a.topics = new ArrayList<>(old.topics);
        return saveChange(a, before, "Восстановлена версия " + number, null, access);
    }

    /**
     * A file added or removed is a version of its own, so history says who changed the files and
     * when; the content snapshot stays as it was.
     */
    void recordFileChange(Article a, String summary, KnowledgeAccess access) {
        bump(a, access);
        record(a, summary, null);
        LOG.infof("Knowledge article %s: %s by %s (version %d)", a.id, summary, access.user(), a.currentVersion);
    }

    /** The article for a file change, its row locked so changes at the same moment get consecutive versions. */
    Article editableForFiles(UUID id, KnowledgeAccess access) {
        articles.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        return editable(id, access);
    }

    /** Only a content change made since the editor opened the article is a conflict; files added meanwhile are not. */
    private boolean sameContentAs(Article a, int baseVersion) {
        return versions.find(a.id, baseVersion)
                .map(v -> ArticleSnapshot.of(v).equals(ArticleSnapshot.of(a)))
                .orElse(false);
    }

    private ArticleView setStatus(UUID id, ArticleStatus status, String summary, KnowledgeAccess access) {
        Article a = editable(id, access);
        if (a.status == status) {
            return view(a, access);
        }
        a.status = status;
        if (status == ArticleStatus.PUBLISHED) {
            a.publishedAt = clock.instant();
        }
        bump(a, access);
        record(a, summary, null);
        LOG.infof("Knowledge article %s %s by %s (version %d)", a.id, status.code(), access.user(), a.currentVersion);
        return view(a, access);
    }

    /** A save that changes nothing makes no version: history lists only real changes. */
    private ArticleView saveChange(Article a, ArticleSnapshot before, String lead, String note, KnowledgeAccess access) {
        String changes = before.summaryOfChangesTo(ArticleSnapshot.of(a));
        if (changes.isEmpty()) {
            return view(a, access);
        }
        bump(a, access);
        record(a, lead == null ? changes : lead + "; " + changes.substring(0, 1).toLowerCase() + changes.substring(1), note);
        LOG.infof("Knowledge article %s changed by %s (version %d)", a.id, access.user(), a.currentVersion);
        return view(a, access);
    }

    private void bump(Article a, KnowledgeAccess access) {
        a.currentVersion++;
        a.updatedAt = clock.instant();
        a.updatedBy = access.user();
    }

    private void record(Article a, String summary, String note) {
        ArticleVersion v = new ArticleVersion();
        v.articleId = a.id;
        v.number = a.currentVersion;
        v.createdAt = a.updatedAt;
        v.author = a.updatedBy;
        v.changeSummary = summary.length() > 500 ? summary.substring(0, 499) + "…" : summary;
        v.note = note == null || note.isBlank() ? null : note.strip();
        v.sectionId = a.section.id;
        v.kind = a.kind;
        v.status = a.status;
        v.isPublic = a.isPublic;
        v.title = a.title;
        v.question = a.question;
        v.body = a.body;
        v.tags = List.copyOf(a.tags);
        v.topics = List.copyOf(a.topics);
        versions.persist(v);
    }

    private static void apply(Article a, Section section, ArticleRequest r) {
        a.section = section;
        a.kind = r.kind();
        a.title = r.title().strip();
        a.question = r.kind() == ArticleKind.FAQ ? r.question().strip() : null;
        a.body = r.body().strip();
        a.tags = cleaned(r.tags());
        a.topics = cleaned(r.topics());
        a.isPublic = r.kind() == ArticleKind.FAQ && Boolean.TRUE.equals(r.isPublic());
    }

    private static List<String> cleaned(List<String> values) {
        if (values == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }

    /** Drafts exist only for those who may edit them; the public sees published public FAQ only. */
    Article visible(UUID id, KnowledgeAccess access) {
        return articles.findByIdOptional(id)
                .filter(a -> access.mayEdit(a.departmentCode())
                        || a.status == ArticleStatus.PUBLISHED
                                && (access.readsInternal() || a.isPublic && a.kind == ArticleKind.FAQ))
                .orElseThrow(() -> ProblemException.notFound("Статья не найдена."));
    }

    private Article editable(UUID id, KnowledgeAccess access) {
        Article a = visible(id, access);
        access.requireEdit(a.departmentCode(), departments.names().get(a.departmentCode()));
        return a;
    }

    private Section editableSection(UUID sectionId, KnowledgeAccess access) {
        Section s;
        try {
            s = sections.find(sectionId);
        } catch (ProblemException notFound) {
            throw ProblemException.invalid("sectionId", "Раздел не найден");
        }
        access.requireEdit(s.departmentCode, departments.names().get(s.departmentCode));
        return s;
    }

    private ArticleVersion version(UUID id, int number) {
        return versions.find(id, number)
                .orElseThrow(() -> ProblemException.notFound("У статьи нет версии " + number + "."));
    }

    private String sectionTitle(UUID sectionId) {
        try {
            return sections.find(sectionId).title;
        } catch (ProblemException gone) {
            return sectionId.toString();
        }
    }

    static ArticleKind kind(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return ArticleKind.fromCode(code.strip()).orElseThrow(() -> ProblemException.invalid("kind",
                "Нет такого вида материала: «" + code + "»"));
    }

    private ArticleView view(Article a, KnowledgeAccess access) {
        Map<String, String> names = departments.names();
        return new ArticleView(a.id, a.section.id, a.section.title, a.departmentCode(),
                names.getOrDefault(a.departmentCode(), a.departmentCode()), a.kind, a.status, a.isPublic, a.title,
                a.question, a.body, List.copyOf(a.tags), List.copyOf(a.topics), a.currentVersion, local(a.createdAt),
                a.createdBy, local(a.updatedAt), a.updatedBy, local(a.publishedAt), access.mayEdit(a.departmentCode()),
                attachments.current(a.id).stream().map(ArticleService::attachment).toList());
    }

    static ArticleAttachmentView attachment(ArticleAttachment f) {
        return new ArticleAttachmentView(f.id, f.fileName, f.mediaType, f.sizeBytes, f.sha256, local(f.addedAt), f.addedBy);
    }

    private static ArticleSummary summary(Article a) {
        return new ArticleSummary(a.id, a.section.id, a.section.title, a.departmentCode(), a.kind, a.status, a.isPublic,
                a.title, List.copyOf(a.tags), a.currentVersion, local(a.updatedAt));
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(TimeConfig.DEPARTMENT_ZONE).toOffsetDateTime();
    }
}
