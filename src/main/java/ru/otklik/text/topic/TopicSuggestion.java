package ru.otklik.text.topic;

import java.util.List;

/**
 * A suggested topic and need (§7) with a confidence between 0 and 1 (the suggestions for one
 * message add up to at most 1) and the words of the message that pointed to it.
 */
public record TopicSuggestion(Topic topic, double confidence, List<String> evidence) {
}
