package ru.otklik.messages;

import java.time.Instant;
import java.util.Optional;

import ru.otklik.messages.api.TriageSuggestion;

/**
 * The seam between messages and whatever suggests how to triage one (§7–§9): it explains every
 * suggestion, learns from staff decisions, and knows which unit handles a topic.
 */
public interface TriageAdvisor {

    TriageSuggestion advise(String text, Instant receivedAt);

    /** Staff classified {@code text} under {@code topicCode}; later suggestions should reflect it. */
    void learn(String text, String topicCode);

    boolean knowsTopic(String topicCode);

    Optional<String> departmentFor(String topicCode);
}
