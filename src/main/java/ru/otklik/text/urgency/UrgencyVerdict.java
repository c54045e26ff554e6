package ru.otklik.text.urgency;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a message looks urgent (§8: its answer loses value if given at the regular legal
 * term), the latest date an answer is still useful when the text names one, and why.
 */
public record UrgencyVerdict(boolean urgent, LocalDate answerBy, List<UrgencyCue> cues) {
}
