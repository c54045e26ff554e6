package ru.otklik.knowledge.api;

import java.time.Instant;
import java.util.List;

/**
 * Where the knowledge base learns what clients ask (§35: new frequent questions, similar
 * messages). Implemented by the features that receive questions, so the knowledge base depends on
 * none of them.
 */
public interface QuestionSource {

    /** Questions received since {@code since}, newest first, at most {@code max}. */
    List<RecentQuestion> questionsSince(Instant since, int max);
}
