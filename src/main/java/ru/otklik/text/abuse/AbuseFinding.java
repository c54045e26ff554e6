package ru.otklik.text.abuse;

/**
 * One piece of evidence: the fragment as written, where it stands ({@code start} inclusive,
 * {@code end} exclusive, in UTF-16 units of the analysed text), how it reads once undisguised,
 * and the rule that matched.
 */
public record AbuseFinding(AbuseCategory category, String fragment, int start, int end, String normalised,
                           String rule, Disguise disguise) {
}
