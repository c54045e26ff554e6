package ru.otklik.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import ru.otklik.shared.problem.ProblemException;

/**
 * Parses path and query parameters by hand: JAX-RS turns a failed conversion of a path or query
 * parameter into a bare 404, and the API promises a problem that names the parameter.
 */
final class CalendarParams {

    private CalendarParams() {
    }

    static int year(String text) {
        try {
            int year = Integer.parseInt(text.trim());
            if (year >= CalendarYear.MIN_YEAR && year <= CalendarYear.MAX_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid("year",
                "Год должен быть числом от " + CalendarYear.MIN_YEAR + " до " + CalendarYear.MAX_YEAR + ", а не «" + text + "»");
    }

    static LocalDate date(String field, String text) {
        try {
            LocalDate date = LocalDate.parse(text.trim());
            year(String.valueOf(date.getYear()));
            return date;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "Дата должна быть в виде ГГГГ-ММ-ДД, а не «" + text + "»");
        } catch (ProblemException e) {
            throw ProblemException.invalid(field,
                    "Дата должна быть в годах " + CalendarYear.MIN_YEAR + "–" + CalendarYear.MAX_YEAR + ": «" + text + "»");
        }
    }

    /** An ISO-8601 instant with an offset; a '+' that a client forgot to encode arrives as a space. */
    static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "Укажите момент времени со смещением, например 2026-03-13T15:00:00+07:00");
        }
        try {
            return OffsetDateTime.parse(text.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "Ожидается момент времени ISO-8601 со смещением, например "
                    + "2026-03-13T15:00:00+07:00, а не «" + text + "»");
        }
    }

    /** The decree named in the query of an XML import; the column holds 500 characters. */
    static String decree(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > 500) {
            throw ProblemException.invalid("decree", "Не длиннее 500 знаков");
        }
        return text.strip();
    }

    static DeadlineRule rule(String text) {
        DeadlineRule rule = DeadlineRule.fromCode(text);
        if (rule == null) {
            StringBuilder known = new StringBuilder();
            for (DeadlineRule r : DeadlineRule.values()) {
                known.append(known.isEmpty() ? "" : ", ").append(r.code());
            }
            throw ProblemException.invalid("rule", "Неизвестное правило «" + (text == null ? "" : text) + "»; допустимы: " + known);
        }
        return rule;
    }

    static DayKind kind(String text) {
        DayKind kind = DayKind.fromCode(text);
        if (kind == null) {
            throw ProblemException.invalid("kind",
                    "Неизвестный вид дня «" + text + "»; допустимы: holiday, day_off, working_weekend, shortened");
        }
        return kind;
    }
}
