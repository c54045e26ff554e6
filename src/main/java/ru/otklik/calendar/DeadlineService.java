package ru.otklik.calendar;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Computes deadlines for other features on the official production calendar. A year that is not
 * loaded is an error ({@link CalendarNotLoadedException}) unless an admin enabled the fallback;
 * then the deadline is computed from weekends only and marked provisional.
 */
@ApplicationScoped
public class DeadlineService {

    private final CalendarService calendar;

    DeadlineService(CalendarService calendar) {
        this.calendar = calendar;
    }

    public Deadline compute(DeadlineRule rule, Instant from) {
        return calendar.deadline(rule, from);
    }

    /** Like {@link #compute}, but never fails for a missing year: the result is then provisional. */
    public Deadline computeAtIntake(DeadlineRule rule, Instant from) {
        return calendar.deadlineAtIntake(rule, from);
    }
}
