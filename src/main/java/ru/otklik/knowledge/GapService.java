package ru.otklik.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ru.otklik.knowledge.api.GapList;
import ru.otklik.knowledge.api.GapResolveRequest;
import ru.otklik.knowledge.api.GapView;
import ru.otklik.knowledge.api.QuestionSource;
import ru.otklik.knowledge.api.RecentQuestion;
import ru.otklik.knowledge.internal.QuestionGroups;
import ru.otklik.knowledge.internal.QuestionRedactor;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.time.TimeConfig;
import ru.otklik.text.lang.RussianMorphology;
import ru.otklik.text.topic.Topic;
import ru.otklik.text.topic.TopicSuggester;
import ru.otklik.text.topic.TopicSuggestion;

/**
 * §35: recent client questions the knowledge base does not answer well, grouped by topic and by
 * the words they share, as candidate FAQ entries for the editors of the unit the topic belongs to.
 *
 * A question is a gap when the best article the search finds for it scores below
 * {@code otklik.knowledge.gaps.threshold}. The score is the search's own (ts_rank over title,
 * question and body plus the trigram likeness of a matching title or question); an article that
 * matches only some of the words counts half. Calibrated on the seeded knowledge base (the
 * consultation line and personal visits FAQ) with client wordings: questions an FAQ answers in
 * other words scored 0.34–1.02 («Можно ли записаться на личный приём?» 0.76, «Как записаться на
 * приём к специалисту департамента?» 0.34); questions the articles only touch scored 0.11–0.21
 * («Какие документы нужны для записи на приём?» 0.19, «Как перенести приём на другой день?» 0.13,
 * «Когда работает ваша горячая линия?» 0.21, where no article says «горячая»); questions on
 * subjects the base lacks scored below 0.04. Hence 0.3: a question is a gap unless some article
 * matches it nearly word for word in its title or question or all its words in the text.
 */
@ApplicationScoped
public class GapService {

    private static final Logger LOG = Logger.getLogger(GapService.class);
    private static final int EXAMPLES = 5;
    /** §7 topics that are not questions: thanks need no FAQ. */
    private static final Set<String> NOT_QUESTIONS = Set.of("service.gratitude");
    private static final double MIN_TOPIC_CONFIDENCE = 0.2;
    /** Words every question has: sharing them says nothing about the subject. */
    private static final Set<String> GROUPING_STOP = Set.of("можно", "нужно", "какой", "который", "этот", "если", "чтобы",
            "такой", "почему", "сколько", "куда", "когда", "свой", "весь", "должный", "мочь", "быть", "хотеть", "делать",
            "сделать", "получить", "подсказать", "сказать", "пожалуйста", "спасибо", "здравствовать", "добрый");

    private final GapRepository gaps;
    private final ArticleRepository articles;
    private final DepartmentService departments;
    private final TopicSuggester topics;
    private final RussianMorphology morphology = RussianMorphology.get();
    private final Instance<QuestionSource> sources;
    private final Clock clock;
    private final double threshold;
    private final int days;
    private final int maxQuestions;

    GapService(GapRepository gaps, ArticleRepository articles, DepartmentService departments, TopicSuggester topics,
            Instance<QuestionSource> sources, Clock clock,
            @ConfigProperty(name = "otklik.knowledge.gaps.threshold", defaultValue = "0.3") double threshold,
            @ConfigProperty(name = "otklik.knowledge.gaps.days", defaultValue = "30") int days,
            @ConfigProperty(name = "otklik.knowledge.gaps.max-questions", defaultValue = "2000") int maxQuestions) {
        this.gaps = gaps;
        this.articles = articles;
        this.departments = departments;
        this.topics = topics;
        this.sources = sources;
        this.clock = clock;
        this.threshold = threshold;
        this.days = days;
        this.maxQuestions = maxQuestions;
    }

    @Transactional
    public GapList list(String departmentCode) {
        String dept = blankToNull(departmentCode);
        if (dept != null && departments.find(dept).isEmpty()) {
            throw ProblemException.invalid("department", "Нет подразделения с кодом «" + dept + "»");
        }
        List<Gap> open = gaps.open(dept);
        Map<String, String> names = departments.names();
        Map<String, Topic> taxonomy = taxonomy();
        Instant computed = open.stream().map(g -> g.computedAt).max(Comparator.naturalOrder()).orElse(null);
        return new GapList(computed == null ? null : at(computed), days, threshold,
                open.stream().map(g -> view(g, names, taxonomy)).toList());
    }

    @Scheduled(identity = "knowledge-gaps", cron = "{otklik.knowledge.gaps.cron}", timeZone = "Asia/Novosibirsk",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        int found = refresh().gaps().size();
        LOG.infof("Knowledge gaps recomputed: %d open", found);
    }

    /** Recomputes the open gaps from the questions of the last {@code days} days; resolved gaps stay. */
    @Transactional
    public GapList refresh() {
        // One computation at a time across instances: the nightly run and an editor's request.
        gaps.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('kb_gap'))").getSingleResult();
        Instant now = clock.instant();
        Set<String> resolved = gaps.resolvedQuestionIds();
        List<RecentQuestion> questions = new ArrayList<>();
        for (QuestionSource source : sources) {
            questions.addAll(source.questionsSince(now.minus(Duration.ofDays(days)), maxQuestions));
        }
        Map<String, String> topicDepartments = gaps.topicDepartments();
        List<Unanswered> unanswered = new ArrayList<>();
        questions.stream()
                .filter(q -> !resolved.contains(key(q)))
                .sorted(Comparator.comparing(RecentQuestion::receivedAt).thenComparing(RecentQuestion::id))
                .forEach(q -> {
                    String asked = QuestionRedactor.questionPart(q.text());
                    String topic = q.topicCode() != null ? q.topicCode() : suggestTopic(asked);
                    if (topic != null && NOT_QUESTIONS.contains(topic)) {
                        return;
                    }
                    String example = QuestionRedactor.shorten(QuestionRedactor.redact(asked, q.authorName()));
                    String query = QuestionRedactor.query(example);
                    if (query.isBlank()) {
                        return;
                    }
                    float score = gaps.bestScore(query, null);
                    if (score < threshold) {
                        unanswered.add(new Unanswered(q, example, topic, score));
                    }
                });
        gaps.deleteOpen();
        gaps.flush();
        // Similar wordings first, then the topic most of them got: a paraphrase the classifier puts
        // under a neighbouring topic still joins its group.
        for (List<Unanswered> group : QuestionGroups.group(unanswered, u -> lemmas(u.example()))) {
            String code = group.stream().map(Unanswered::topic).filter(t -> t != null)
                    .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                    .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            Gap g = new Gap();
            g.id = UUID.randomUUID();
            g.topicCode = code;
            g.departmentCode = code == null ? null : topicDepartments.get(code);
            g.title = group.get(0).example();
            g.questionCount = group.size();
            // Newest first, and each wording once.
            g.examples = group.stream().sorted(Comparator.comparing((Unanswered u) -> u.question().receivedAt()).reversed())
                    .map(Unanswered::example).distinct().limit(EXAMPLES).toList();
            g.questionIds = group.stream().map(u -> key(u.question())).toList();
            g.bestScore = (float) group.stream().mapToDouble(Unanswered::score).max().orElse(0);
            g.firstAskedAt = group.stream().map(u -> u.question().receivedAt()).min(Comparator.naturalOrder()).orElseThrow();
            g.lastAskedAt = group.stream().map(u -> u.question().receivedAt()).max(Comparator.naturalOrder()).orElseThrow();
            g.computedAt = now;
            g.status = Gap.OPEN;
            gaps.persist(g);
        }
        return list(null);
    }

    /** An editor created the FAQ (linking the article) or dismissed the gap; either is final. */
    @Transactional
    public GapView resolve(UUID id, GapResolveRequest request, KnowledgeAccess access) {
        Gap g = gaps.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Пробел базы знаний не найден."));
        if (g.departmentCode != null) {
            access.requireEdit(g.departmentCode, departments.names().get(g.departmentCode));
        } else if (!access.admin() && !access.editor()) {
            throw new ProblemException("knowledge-edit-forbidden", 403, "Нет прав редактора", "Решение по пробелу принимает редактор базы знаний.");
        }
        if (!Gap.OPEN.equals(g.status)) {
            throw new ProblemException("knowledge-gap-resolved", 409, "Решение уже принято",
                    "По этому пробелу уже отмечено «" + (Gap.FAQ_CREATED.equals(g.status) ? "частый вопрос создан" : "отклонено") + "».");
        }
        if (Gap.FAQ_CREATED.equals(request.resolution())) {
            if (request.articleId() == null) {
                throw ProblemException.invalid("articleId", "Укажите созданную статью");
            }
            if (articles.findByIdOptional(request.articleId()).isEmpty()) {
                throw ProblemException.invalid("articleId", "Нет такой статьи");
            }
            g.articleId = request.articleId();
        }
        g.status = request.resolution();
        g.resolvedBy = access.user();
        g.resolvedAt = clock.instant();
        g.resolutionNote = blankToNull(request.note());
        LOG.infof("Knowledge gap %s resolved as %s by %s", g.id, g.status, g.resolvedBy);
        return view(g, departments.names(), taxonomy());
    }

    private String suggestTopic(String text) {
        List<TopicSuggestion> best = topics.suggest(text, 1);
        return best.isEmpty() || best.get(0).confidence() < MIN_TOPIC_CONFIDENCE ? null : best.get(0).topic().code();
    }

    private Map<String, Topic> taxonomy() {
        return topics.taxonomy().stream().collect(Collectors.toMap(Topic::code, Function.identity(), (a, b) -> a));
    }

    private static GapView view(Gap g, Map<String, String> names, Map<String, Topic> taxonomy) {
        Topic t = g.topicCode == null ? null : taxonomy.get(g.topicCode);
        return new GapView(g.id, g.topicCode, t == null ? null : t.topic() + " — " + t.need(), g.departmentCode,
                g.departmentCode == null ? null : names.getOrDefault(g.departmentCode, g.departmentCode), g.title,
                g.questionCount, List.copyOf(g.examples), Math.round(g.bestScore * 1000) / 1000.0, at(g.firstAskedAt),
                at(g.lastAskedAt), g.status, g.articleId, g.resolvedBy, g.resolvedAt == null ? null : at(g.resolvedAt));
    }

    private static String key(RecentQuestion q) {
        return q.kind() + ":" + q.id();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, TimeConfig.DEPARTMENT_ZONE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private List<String> lemmas(String text) {
        List<String> lemmas = new ArrayList<>();
        for (String word : QuestionRedactor.words(text)) {
            String lemma = morphology.lemma(word);
            if (lemma.length() >= 4 && !GROUPING_STOP.contains(lemma)) {
                lemmas.add(lemma);
            }
        }
        return lemmas;
    }

    private record Unanswered(RecentQuestion question, String example, String topic, double score) {
    }
}
