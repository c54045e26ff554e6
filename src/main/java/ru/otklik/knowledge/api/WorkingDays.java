package ru.otklik.knowledge.api;

import java.time.LocalDate;

/**
 * Whether a date is a working day of the department, from the production calendar. The knowledge
 * base asks through this seam so it depends on no other feature; the calendar-backed
 * implementation lives where both are wired together.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate date);
}
