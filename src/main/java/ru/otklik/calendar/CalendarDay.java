package ru.otklik.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One non-ordinary day of a production calendar year. */
public record CalendarDay(LocalDate date, DayKind kind, String note) {
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }
}
