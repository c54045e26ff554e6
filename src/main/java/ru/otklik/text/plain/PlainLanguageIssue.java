package ru.otklik.text.plain;

/**
 * One place where a draft is harder to read than it needs to be (§6), or a ground of refusal
 * the client cannot understand without reading the law (§14). Offsets are in UTF-16 units of
 * the draft; {@code suggestion} says what to write instead, when there is a simple answer.
 */
public record PlainLanguageIssue(Kind kind, String fragment, int start, int end, String message, String suggestion) {

    public enum Kind {
        /** A sentence too long to follow in one reading. */
        LONG_SENTENCE,
        /** A bureaucratic cliché (канцелярит) with a plain equivalent. */
        CLICHE,
        /** Several passive forms or a chain of verbal nouns in one sentence. */
        PASSIVE_CHAIN,
        /** A reference to a legal act that the text does not explain in plain words. */
        UNEXPLAINED_CITATION,
        /** A refusal that gives no reason a client can understand. */
        REFUSAL_WITHOUT_REASON
    }
}
