package ru.otklik.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a search snippet from an article's text: up to two fragments of at most
 * {@value #MAX_WORDS} words around the densest matches, the matching words in {@code <mark>},
 * everything else escaped, so a client can show it without trusting the text.
 * <p>
 * The database says which word forms match the query (it stems each form once, when an article is
 * written; see {@code kb_word_form}): marking them here costs microseconds, where ts_headline
 * parsed and stemmed the whole text of every hit on every search.
 */
public final class Snippets {

    static final int MAX_WORDS = 35;
    private static final String DELIMITER = " … ";

    private Snippets() {
    }

    /**
     * @param text        the text to cut from
     * @param markedWords word forms to mark, in lower case; a word is a run of letters and digits,
     *                    as the database splits the text
     */
    public static String toHtml(String text, Set<String> markedWords) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<int[]> words = words(text);
        if (words.isEmpty()) {
            return "";
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            if (markedWords.contains(text.substring(w[0], w[1]).toLowerCase(Locale.ROOT))) {
                hits.add(i);
            }
        }
        if (hits.isEmpty()) {
            return render(text, words, hits, List.of(new int[] { 0, Math.min(words.size(), MAX_WORDS) }));
        }
        int[] first = densest(hits, 0, words.size());
        int[] before = densest(hits, 0, first[0]);
        int[] after = densest(hits, first[1], words.size());
        int[] second = before == null ? after
                : after == null || before[2] >= after[2] ? before : after;
        List<int[]> fragments = new ArrayList<>();
        fragments.add(first);
        if (second != null) {
            fragments.add(second[0] < first[0] ? 0 : 1, second);
        }
        return render(text, words, hits, fragments);
    }

    /** Start and end offsets of every run of letters and digits. */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(cp = text.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
                words.add(new int[] { start, i });
            } else {
                i += Character.charCount(cp);
            }
        }
        return words;
    }

    /**
     * The window of at most {@value #MAX_WORDS} words within [lo, hi) holding the most matches (the
     * earliest of equals), widened around them to the full length where the range allows:
     * {start, end, matches}, or null when the range holds no match.
     */
    private static int[] densest(List<Integer> hits, int lo, int hi) {
        int bestFirst = -1;
        int bestLast = -1;
        for (int i = 0; i < hits.size(); i++) {
            int from = hits.get(i);
            if (from < lo || from >= hi) {
                continue;
            }
            int j = i;
            while (j + 1 < hits.size() && hits.get(j + 1) < hi && hits.get(j + 1) - from < MAX_WORDS) {
                j++;
            }
            if (bestFirst < 0 || j - i > bestLast - bestFirst) {
                bestFirst = i;
                bestLast = j;
            }
        }
        if (bestFirst < 0) {
            return null;
        }
        int span = hits.get(bestLast) - hits.get(bestFirst) + 1;
        int start = Math.max(lo, hits.get(bestFirst) - (MAX_WORDS - span) / 2);
        int end = Math.min(hi, start + MAX_WORDS);
        start = Math.max(lo, end - MAX_WORDS);
        return new int[] { start, end, bestLast - bestFirst + 1 };
    }

    private static String render(String text, List<int[]> words, List<Integer> hits, List<int[]> fragments) {
        StringBuilder html = new StringBuilder(text.length() / 2 + 64);
        int hit = 0;
        for (int f = 0; f < fragments.size(); f++) {
            int[] fragment = fragments.get(f);
            if (f > 0) {
                html.append(DELIMITER);
            }
            // Punctuation attached to the first and last words («…», a question mark) stays with them.
            int pos = words.get(fragment[0])[0];
            while (pos > 0 && !Character.isWhitespace(text.charAt(pos - 1))) {
                pos--;
            }
            for (int w = fragment[0]; w < fragment[1]; w++) {
                int[] word = words.get(w);
                escape(text, pos, word[0], html);
                while (hit < hits.size() && hits.get(hit) < w) {
                    hit++;
                }
                boolean marked = hit < hits.size() && hits.get(hit) == w;
                html.append(marked ? "<mark>" : "");
                escape(text, word[0], word[1], html);
                html.append(marked ? "</mark>" : "");
                pos = word[1];
            }
            int end = pos;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            escape(text, pos, end, html);
        }
        return html.toString().replaceAll(" {2,}", " ").strip();
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n', '\r', '\t' -> html.append(' ');
                default -> html.append(c);
            }
        }
    }
}
