package ru.otklik.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.shared.time.TimeConfig;

/**
 * Computes deadlines. Until the production calendar is loaded it knows weekends only, so every
 * deadline it returns is marked provisional.
 */
@ApplicationScoped
public class DeadlineService {

    public Deadline compute(DeadlineRule rule, Instant from) {
        ZonedDateTime due = from.atZone(TimeConfig.DEPARTMENT_ZONE).plusDays(30);
        while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
            due = due.plusDays(1);
        }
        return new Deadline(due.toInstant(), rule, "weekends-only", true);
    }
}
