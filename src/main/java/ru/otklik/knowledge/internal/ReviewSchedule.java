package ru.otklik.knowledge.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * §35: each unit checks its part of the knowledge base at least once a month. A section's next
 * review falls a cadence of calendar months after its anchor (creation or last review); the
 * month arithmetic clamps to the month's end (31 January + 1 month = 28 or 29 February).
 * The cadence is a calendar term, not a count of working days, so no production calendar is
 * involved.
 */
public record ReviewSchedule(LocalDate anchor, int cadenceMonths) {

    /** §35: «не реже одного раза в месяц». */
    public static final int DEFAULT_CADENCE_MONTHS = 1;

    public enum State { OK, DUE_SOON, OVERDUE }

    public ReviewSchedule {
        if (cadenceMonths < 1) {
            throw new IllegalArgumentException("cadence must be at least a month");
        }
    }

    public LocalDate dueOn() {
        return anchor.plusMonths(cadenceMonths);
    }

    /** Overdue once the due date has passed; due soon from {@code soonDays} before it, the due day included. */
    public State state(LocalDate today, int soonDays) {
        LocalDate due = dueOn();
        if (today.isAfter(due)) {
            return State.OVERDUE;
        }
        return today.isBefore(due.minusDays(soonDays)) ? State.OK : State.DUE_SOON;
    }

    public long daysOverdue(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn(), today));
    }
}
