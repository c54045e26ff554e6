package ru.otklik.text.plain;

import java.util.List;

/**
 * The plain-language check of an outgoing draft (§6, §14). {@code readability} is the Flesch
 * reading ease adapted to Russian by I. V. Oborneva (206.835 − 1.3·ASL − 60.1·ASW; higher is
 * easier); {@code blocked} means the draft is a refusal whose only grounds are legal citations
 * and must not be sent as it is.
 */
public record PlainLanguageReport(double readability, String readabilityLevel, int sentences, int words,
                                  double wordsPerSentence, double syllablesPerWord, boolean refusal, boolean blocked,
                                  List<PlainLanguageIssue> issues) {
}
