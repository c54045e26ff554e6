package ru.otklik.calendar;

import java.time.LocalTime;

/** An open interval of a working day, in minutes from midnight; {@code end} may be 1440 (24:00). */
public record TimeRange(int start, int end) {
    public static final int DAY = 24 * 60;

    public TimeRange {
        if (start < 0 || end > DAY || start >= end) {
            throw new IllegalArgumentException("bad time range " + format(start) + "-" + format(end));
        }
    }

    public static TimeRange of(LocalTime start, LocalTime end) {
        return new TimeRange(start.getHour() * 60 + start.getMinute(), end.getHour() * 60 + end.getMinute());
    }

    public boolean contains(int minuteOfDay) {
        return minuteOfDay >= start && minuteOfDay < end;
    }

    public String opens() {
        return format(start);
    }

    public String closes() {
        return format(end);
    }

    static String format(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    @Override
    public String toString() {
        return opens() + "-" + closes();
    }
}
