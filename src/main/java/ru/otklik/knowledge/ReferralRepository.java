package ru.otklik.knowledge;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /**
     * Authorities by question topic and/or the words of a question, matched against their name and
     * competence with the knowledge search's Russian word forms and typo tolerance; any word counts,
     * the most matching first. With neither, the whole directory by name.
     */
    @SuppressWarnings("unchecked")
    public List<Referral> search(String q, String topic) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                select r.id
                from kb_referral r
                cross join (select case when cardinality(t) > 0 then array_to_string(t, ' | ')::tsquery end as query
                            from (select kb_search_terms(cast(:q as text)) as t) terms) q
                where (cast(:topic as text) is null or r.topics @> array[cast(:topic as varchar(100))])
                  and (cast(:q as text) is null or r.search_vector @@ q.query)
                order by ts_rank(r.search_vector, q.query) desc nulls last, r.name""")
                .setParameter("q", q)
                .setParameter("topic", topic)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Referral> found = list("id in ?1", ids).stream().collect(Collectors.toMap(r -> r.id, r -> r));
        return ids.stream().map(found::get).toList();
    }

    public boolean nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name, except == null ? new UUID(0, 0) : except) > 0;
    }
}
