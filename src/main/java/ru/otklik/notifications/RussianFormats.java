package ru.otklik.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import ru.otklik.shared.time.TimeConfig;

/**
 * Dates and times as a plain Russian letter writes them (§6), in Novosibirsk time: «28 декабря
 * 2026 года», «15:00». The full word, not «г.», so a date can end a sentence without a double dot.
 */
public final class RussianFormats {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");
    // "d MMMM" in the ru locale gives the genitive month name: «28 декабря»
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'года'", RU);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", RU);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", RU);

    private RussianFormats() {
    }

    public static String date(Instant instant) {
        return DATE.format(instant.atZone(TimeConfig.DEPARTMENT_ZONE));
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String shortDate(Instant instant) {
        return SHORT_DATE.format(instant.atZone(TimeConfig.DEPARTMENT_ZONE));
    }

    public static String time(Instant instant) {
        return TIME.format(instant.atZone(TimeConfig.DEPARTMENT_ZONE));
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }
}
