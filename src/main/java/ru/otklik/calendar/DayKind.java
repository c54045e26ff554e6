package ru.otklik.calendar;

import java.util.Locale;

/** The kind of a non-ordinary day in the production calendar; ordinary weekdays and weekends are implicit. */
public enum DayKind {
    /** A public holiday of art. 112 of the Labour Code, wherever it falls. */
    HOLIDAY("holiday", false),
    /** A weekday made a day off by a transfer (decree, or art. 112 part 2 for a holiday on a weekend). */
    DAY_OFF("day_off", false),
    /** A Saturday or Sunday made a working day by a decree. */
    WORKING_WEEKEND("working_weekend", true),
    /** A working day before a holiday, one hour shorter (art. 95); may be a working Saturday. */
    SHORTENED("shortened", true);

    private final String code;
    private final boolean working;

    DayKind(String code, boolean working) {
        this.code = code;
        this.working = working;
    }

    public String code() {
        return code;
    }

    public boolean working() {
        return working;
    }

    /** Parses the wire code; returns null for an unknown code so callers can name the offending field. */
    public static DayKind fromCode(String code) {
        if (code == null) {
            return null;
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        for (DayKind kind : values()) {
            if (kind.code.equals(normalized)) {
                return kind;
            }
        }
        return null;
    }
}
