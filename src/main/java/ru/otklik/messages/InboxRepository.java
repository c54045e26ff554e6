package ru.otklik.messages;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.messages.api.InboxFilter;

/** The staff inbox: filtered lists and the counters above them, nearest deadline first. */
@ApplicationScoped
public class InboxRepository implements PanacheRepositoryBase<Message, UUID> {

    public PanacheQuery<Message> filtered(InboxFilter f, String onlyExecutor, Instant now, Instant dayStart, Instant dayEnd) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.status != null) {
            where.append(" and status = :status");
            params.put("status", MessageStatus.valueOf(f.status.toUpperCase()));
        }
        if (given(f.department)) {
            where.append(" and departmentCode = :department");
            params.put("department", f.department.strip());
        }
        String executor = onlyExecutor != null ? onlyExecutor : given(f.executor) ? f.executor.strip() : null;
        if (executor != null) {
            where.append(" and executor = :executor");
            params.put("executor", executor);
        }
        if (given(f.topic)) {
            where.append(" and topicCode = :topic");
            params.put("topic", f.topic.strip());
        }
        if (f.urgent != null) {
            where.append(" and urgent = :urgent");
            params.put("urgent", f.urgent);
        }
        if (Boolean.TRUE.equals(f.overdue)) {
            where.append(" and dueAt < :now and status in :open");
            params.put("now", now);
            params.put("open", MessageTransitions.OPEN);
        }
        if (Boolean.TRUE.equals(f.dueToday)) {
            where.append(" and dueAt >= :dayStart and dueAt < :dayEnd and status in :open");
            params.put("dayStart", dayStart);
            params.put("dayEnd", dayEnd);
            params.put("open", MessageTransitions.OPEN);
        }
        if (given(f.q)) {
            where.append(" and (lower(registrationNumber) like :q or lower(authorName) like :q or lower(text) like :q)");
            params.put("q", "%" + f.q.strip().toLowerCase() + "%");
        }
        return find(where.toString(), Sort.by("dueAt").and("receivedAt").and("registrationNumber"), params);
    }

    public Map<String, Long> countByStatus(String onlyExecutor) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MessageStatus s : MessageStatus.values()) {
            counts.put(MessageTransitions.code(s), 0L);
        }
        String jpql = "select m.status, count(m) from Message m"
                + (onlyExecutor == null ? "" : " where m.executor = :executor") + " group by m.status";
        var query = getEntityManager().createQuery(jpql, Object[].class);
        if (onlyExecutor != null) {
            query.setParameter("executor", onlyExecutor);
        }
        List<Object[]> rows = query.getResultList();
        rows.forEach(r -> counts.put(MessageTransitions.code((MessageStatus) r[0]), (Long) r[1]));
        return counts;
    }

    public long overdue(Instant now, String onlyExecutor) {
        return count("dueAt < ?1 and status in ?2" + (onlyExecutor == null ? "" : " and executor = ?3"),
                onlyExecutor == null ? new Object[] { now, MessageTransitions.OPEN }
                        : new Object[] { now, MessageTransitions.OPEN, onlyExecutor });
    }

    public long dueBetween(Instant from, Instant to, String onlyExecutor) {
        return count("dueAt >= ?1 and dueAt < ?2 and status in ?3" + (onlyExecutor == null ? "" : " and executor = ?4"),
                onlyExecutor == null ? new Object[] { from, to, MessageTransitions.OPEN }
                        : new Object[] { from, to, MessageTransitions.OPEN, onlyExecutor });
    }

    public long openOf(String executor) {
        return count("executor = ?1 and status in ?2", executor, MessageTransitions.OPEN);
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }
}
