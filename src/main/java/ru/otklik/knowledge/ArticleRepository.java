package ru.otklik.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /**
     * One hit of {@link #search}: the text its snippet is cut from and the word forms there that
     * match the query (lower case).
     */
    public record Hit(UUID id, String title, String kind, String departmentCode, float score, String snippetText,
            Set<String> markedWords) {
    }

    /**
     * Published articles matching the query, best first; see {@code kb_search} in the migrations
     * for the matching (morphology, fleeting vowels, typos) and the ranking.
     */
    public List<Hit> search(String q, String kind, String department, String topic, boolean publicOnly, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select id, title, kind, department_code, score, snippet_text, array_to_string(marked_words, ' ')
                from kb_search(cast(:q as text), cast(:kind as text), cast(:department as text),
                               cast(:topic as text), :publicOnly, :limit)""")
                .setParameter("q", q)
                .setParameter("kind", kind)
                .setParameter("department", department)
                .setParameter("topic", topic)
                .setParameter("publicOnly", publicOnly)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Hit((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                        ((Number) r[4]).floatValue(), (String) r[5], words((String) r[6])))
                .toList();
    }

    /** Word forms are runs of letters and digits, so a space joins them unambiguously. */
    private static Set<String> words(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(" ")));
    }

    /**
     * Articles for browsing, by section and title. Drafts are included only for the departments
     * listed in {@code draftsOf} (the units whose sections the caller edits).
     */
    public PanacheQuery<Article> browse(UUID sectionId, String departmentCode, ArticleKind kind,
            List<String> draftsOf, boolean allDrafts) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (sectionId != null) {
            where.append(" and section.id = :section");
            params.and("section", sectionId);
        }
        if (departmentCode != null) {
            where.append(" and section.departmentCode = :department");
            params.and("department", departmentCode);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (!allDrafts) {
            where.append(" and (status = :published or section.departmentCode in :draftsOf)");
            params.and("published", ArticleStatus.PUBLISHED);
            params.and("draftsOf", draftsOf.isEmpty() ? List.of("") : draftsOf);
        }
        return find(where.toString(), Sort.by("section.departmentCode").and("section.title").and("title").and("id"),
                params);
    }

    public long countInSection(UUID sectionId) {
        return count("section.id", sectionId);
    }
}
