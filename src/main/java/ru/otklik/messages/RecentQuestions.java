package ru.otklik.messages;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import ru.otklik.knowledge.api.QuestionSource;
import ru.otklik.knowledge.api.RecentQuestion;

/**
 * Written messages as questions for the knowledge base's gap list (§35). Only the text, the time
 * and the author's name (so the gap list can strip it from its examples) leave this feature.
 */
@ApplicationScoped
public class RecentQuestions implements QuestionSource {

    private final EntityManager em;

    RecentQuestions(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<RecentQuestion> questionsSince(Instant since, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, text, received_at, author_name from message
                where received_at >= :since order by received_at desc, id limit :max""")
                .setParameter("since", since)
                .setParameter("max", max)
                .getResultList();
        return rows.stream()
                .map(r -> new RecentQuestion(r[0].toString(), "message", (String) r[1], toInstant(r[2]), null, (String) r[3]))
                .toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
