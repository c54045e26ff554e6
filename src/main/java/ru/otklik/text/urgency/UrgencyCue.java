package ru.otklik.text.urgency;

import java.time.LocalDate;

/**
 * One reason to think a message urgent (§8): a date or term in the text, a word of urgency, or
 * the caller's note that the client writes again. {@code date} is set for dates; offsets are
 * {@code -1} for cues that are not in the text.
 */
public record UrgencyCue(Kind kind, String fragment, int start, int end, LocalDate date, String reason) {

    public enum Kind { DATE, WORD, REPEATED }
}
