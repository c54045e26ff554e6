package ru.otklik.calendar;

import java.util.Locale;

/**
 * The terms of the Procedure and the laws it relies on, as data: what is counted, how much, and the
 * clause that demands it. Computation lives in {@link WorkingTime#deadline}; adding a term is a new
 * constant, not a new branch.
 */
public enum DeadlineRule {
    /** §10: primary response within 24 hours, weekends and public holidays excluded. */
    PRIMARY_RESPONSE("primary_response", Unit.WORKING_HOURS, 24, "§10"),
    /** §8: an urgent message is answered within at most 5 working days of receipt. */
    URGENT_ANSWER("urgent_answer", Unit.WORKING_DAYS, 5, "§8"),
    /** §9: notice of inadmissibility within 1 working day after receipt. */
    INADMISSIBILITY_NOTICE("inadmissibility_notice", Unit.WORKING_DAYS, 1, "§9"),
    /** 59-FZ art. 12 part 1: an appeal is considered within 30 days of registration. */
    APPEAL_ANSWER("appeal_answer", Unit.CALENDAR_DAYS, 30, "59-ФЗ ст. 12 ч. 1"),
    /** 59-FZ art. 12 part 2: the term may be extended by up to 30 days, counted from the current term. */
    APPEAL_EXTENSION("appeal_extension", Unit.CALENDAR_DAYS, 30, "59-ФЗ ст. 12 ч. 2"),
    /** 59-FZ art. 8 part 3, §11: an appeal outside our powers is redirected within 7 days of registration. */
    REDIRECT("redirect", Unit.CALENDAR_DAYS, 7, "59-ФЗ ст. 8 ч. 3; §11"),
    /** 8-FZ art. 18 part 6: a request for information is considered within 30 days of registration. */
    INFO_REQUEST("info_request", Unit.CALENDAR_DAYS, 30, "8-ФЗ ст. 18 ч. 6");

    /** What a rule counts. */
    public enum Unit {
        /** Clock hours that fall on working days; whole non-working days are skipped. */
        WORKING_HOURS,
        /** Working days after the day of receipt; due at the end of the last one. */
        WORKING_DAYS,
        /** Calendar days after the day of registration; a term ending on a non-working day moves to the next working day. */
        CALENDAR_DAYS
    }

    private final String code;
    private final Unit unit;
    private final int amount;
    private final String clause;

    DeadlineRule(String code, Unit unit, int amount, String clause) {
        this.code = code;
        this.unit = unit;
        this.amount = amount;
        this.clause = clause;
    }

    public String code() {
        return code;
    }

    public Unit unit() {
        return unit;
    }

    public int amount() {
        return amount;
    }

    public String clause() {
        return clause;
    }

    /** Parses the wire code; returns null for an unknown code so callers can name the offending parameter. */
    public static DeadlineRule fromCode(String code) {
        if (code == null) {
            return null;
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        for (DeadlineRule rule : values()) {
            if (rule.code.equals(normalized)) {
                return rule;
            }
        }
        return null;
    }
}
