package ru.otklik.knowledge;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.otklik.knowledge.api.SearchResult;
import ru.otklik.knowledge.internal.Snippets;
import ru.otklik.shared.problem.ProblemException;

/**
 * Russian full-text search over the knowledge base (§13, §25): staff find every published
 * article, the public only the FAQ published on the portal.
 */
@ApplicationScoped
public class SearchService {

    public static final int DEFAULT_LIMIT = 20;

    private final ArticleRepository articles;
    private final DepartmentService departments;

    SearchService(ArticleRepository articles, DepartmentService departments) {
        this.articles = articles;
        this.departments = departments;
    }

    @Transactional
    public SearchResult search(String q, String kind, String department, String topic, int limit, KnowledgeAccess access) {
        String query = q == null ? "" : q.strip().replaceAll("\\s+", " ");
        if (query.isEmpty()) {
            throw ProblemException.invalid("q", "Введите, что искать");
        }
        ArticleKind k = ArticleService.kind(kind);
        String dept = blankToNull(department);
        if (dept != null && departments.find(dept).isEmpty()) {
            throw ProblemException.invalid("department", "Нет подразделения с кодом «" + dept + "»");
        }
        List<SearchResult.Hit> hits = articles
                .search(query, k == null ? null : k.code(), dept, blankToNull(topic), !access.readsInternal(), limit)
                .stream()
                .map(h -> new SearchResult.Hit(h.id(), h.title(), ArticleKind.fromCode(h.kind()).orElseThrow(),
                        h.departmentCode(), Snippets.toHtml(h.snippetText(), h.markedWords()), Math.round(h.score() * 10000) / 10000.0))
                .toList();
        return new SearchResult(query, hits);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
