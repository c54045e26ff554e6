package ru.otklik.calendar;

/**
 * A computation needed a year whose production calendar is not loaded. Weekends-only arithmetic
 * would silently be wrong several times a year, so this is an error unless fallback is enabled.
 */
public class CalendarNotLoadedException extends RuntimeException {
    private final int year;

    public CalendarNotLoadedException(int year) {
        super("calendar for " + year + " not loaded");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
