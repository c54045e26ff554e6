package ru.otklik.knowledge.api;

import java.time.Instant;

/**
 * A client's question as the knowledge base sees it: where it came from, its text, and the name
 * the client gave (so the gap list can leave it out of the examples it shows).
 *
 * @param kind       {@code message} for a written message, {@code call} for a consultation call
 * @param topicCode  the §7 topic staff gave it, when there is one
 * @param authorName the client's name as given, or null
 */
public record RecentQuestion(String id, String kind, String text, Instant receivedAt, String topicCode, String authorName) {
}
