package ru.otklik.messages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.otklik.messages.api.InboxCounters;
import ru.otklik.messages.api.InboxFilter;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.shared.time.TimeConfig;

/**
 * The staff inbox, nearest deadline first. An executor who is nothing else sees the messages
 * assigned to them; everyone else on the staff sees all and narrows with filters.
 */
@ApplicationScoped
public class InboxService {

    private final InboxRepository inbox;
    private final Clock clock;

    InboxService(InboxRepository inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    io.quarkus.hibernate.orm.panache.PanacheQuery<Message> query(InboxFilter filter, CurrentUser user) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(TimeConfig.DEPARTMENT_ZONE).toLocalDate();
        return inbox.filtered(filter == null ? new InboxFilter() : filter, onlyOwn(user), now,
                today.atStartOfDay(TimeConfig.DEPARTMENT_ZONE).toInstant(),
                today.plusDays(1).atStartOfDay(TimeConfig.DEPARTMENT_ZONE).toInstant());
    }

    @Transactional
    public InboxCounters counters(CurrentUser user) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(TimeConfig.DEPARTMENT_ZONE).toLocalDate();
        String own = onlyOwn(user);
        String me = WorkflowService.actor(user);
        return new InboxCounters(inbox.countByStatus(own), inbox.overdue(now, own),
                inbox.dueBetween(today.atStartOfDay(TimeConfig.DEPARTMENT_ZONE).toInstant(),
                        today.plusDays(1).atStartOfDay(TimeConfig.DEPARTMENT_ZONE).toInstant(), own),
                inbox.openOf(me));
    }

    private static String onlyOwn(CurrentUser user) {
        boolean executorOnly = user.hasRole(Roles.EXECUTOR) && !user.hasRole(Roles.OPERATOR)
                && !user.hasRole(Roles.HEAD) && !user.hasRole(Roles.ADMIN);
        return executorOnly ? WorkflowService.actor(user) : null;
    }
}
