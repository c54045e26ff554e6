package ru.otklik.calendar;

/** A date outside the years the calendar can describe at all (see {@link CalendarYear#MIN_YEAR}). */
public class OutOfCalendarRangeException extends RuntimeException {
    public OutOfCalendarRangeException(String message) {
        super(message);
    }
}
