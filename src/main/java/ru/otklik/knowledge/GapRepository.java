package ru.otklik.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GapRepository implements PanacheRepositoryBase<Gap, UUID> {

    public List<Gap> open(String departmentCode) {
        Sort sort = Sort.descending("questionCount").and("lastAskedAt", Sort.Direction.Descending).and("id");
        return departmentCode == null
                ? list("status", sort, Gap.OPEN)
                : list("status = ?1 and departmentCode = ?2", sort, Gap.OPEN, departmentCode);
    }

    public long deleteOpen() {
        return delete("status", Gap.OPEN);
    }

    /** Questions an editor has already dealt with: they never form a new gap. */
    public Set<String> resolvedQuestionIds() {
        @SuppressWarnings("unchecked")
        List<String> ids = getEntityManager()
                .createNativeQuery("select distinct unnest(question_ids) from kb_gap where status <> 'open'")
                .getResultList();
        return new HashSet<>(ids);
    }

    /** The best score a question reaches among the published articles (of one unit, or all). */
    public float bestScore(String question, String departmentCode) {
        Number score = (Number) getEntityManager()
                .createNativeQuery("select kb_best_score(cast(:q as text), cast(:department as text))")
                .setParameter("q", question)
                .setParameter("department", departmentCode)
                .getSingleResult();
        return score == null ? 0 : score.floatValue();
    }

    public Map<String, String> topicDepartments() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select topic_code, department_code from kb_topic_department").getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }
}
