package ru.otklik.knowledge.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups questions by the words (lemmas) they share: a question joins the group whose first
 * question it overlaps most, if they share at least {@link #MIN_SHARED} words and at least
 * {@link #MIN_OVERLAP} of the shorter one's words (the overlap coefficient, so that a long message
 * and a short one on the same subject still meet), or starts a new one. Greedy and order-dependent,
 * which is fine for a few hundred questions a month and keeps the groups stable between nightly
 * runs when the questions are taken oldest first.
 */
public final class QuestionGroups {

    public static final double MIN_OVERLAP = 0.5;
    public static final int MIN_SHARED = 2;

    private QuestionGroups() {
    }

    public static <T> List<List<T>> group(List<T> items, Function<T, List<String>> words) {
        List<List<T>> groups = new ArrayList<>();
        List<Set<String>> vocabularies = new ArrayList<>();
        for (T item : items) {
            Set<String> w = new HashSet<>(words.apply(item));
            int best = -1;
            double bestOverlap = 0;
            for (int i = 0; i < groups.size(); i++) {
                Set<String> other = vocabularies.get(i);
                Set<String> shared = new HashSet<>(w);
                shared.retainAll(other);
                double overlap = shared.isEmpty() ? 0 : shared.size() / (double) Math.min(w.size(), other.size());
                if (shared.size() >= MIN_SHARED && overlap >= MIN_OVERLAP && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                groups.add(new ArrayList<>(List.of(item)));
                vocabularies.add(w);
            } else {
                // The group keeps the words of its first question, so it does not drift into
                // another subject question by question.
                groups.get(best).add(item);
            }
        }
        return groups;
    }
}
