package ru.otklik.text.topic;

import java.util.List;

/**
 * Suggests the topic and typical need of a message (§7), and learns from staff: every confirmed
 * or corrected classification improves the next suggestions at once.
 */
public interface TopicSuggester {

    /** The best {@code limit} topics for the text, most likely first; empty when nothing matches. */
    List<TopicSuggestion> suggest(String text, int limit);

    /** Records that staff classified {@code text} under {@code code}; takes effect immediately. */
    void learn(String text, String code);

    /** The taxonomy the suggestions come from. */
    List<Topic> taxonomy();
}
