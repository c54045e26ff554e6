package ru.otklik.text.abuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Words given exactly, or by their beginning when written with a trailing «*» («сотрудник*»). */
final class WordSet {

    private final Set<String> exact = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();

    private WordSet() {
    }

    static WordSet of(String spaceSeparated) {
        WordSet set = new WordSet();
        for (String w : spaceSeparated.trim().split("\\s+")) {
            if (w.endsWith("*")) {
                set.prefixes.add(w.substring(0, w.length() - 1));
            } else {
                set.exact.add(w);
            }
        }
        return set;
    }

    boolean contains(String word) {
        if (exact.contains(word)) {
            return true;
        }
        for (String p : prefixes) {
            if (word.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
