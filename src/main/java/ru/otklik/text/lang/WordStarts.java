package ru.otklik.text.lang;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where a word begins with one of the given characters, instead of at every
 * position of the text: the analysers' patterns all start at a word, and trying them everywhere
 * was most of their cost.
 */
public final class WordStarts {

    private WordStarts() {
    }

    /**
     * Calls {@code onMatch} for each match that starts a word whose first character is in
     * {@code firstChars}, left to right, without overlaps; stops when it returns false.
     */
    public static void find(String text, Pattern pattern, String firstChars, Predicate<Matcher> onMatch) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean start = Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (start && firstChars.indexOf(c) >= 0) {
                m.region(i, n);
                if (m.lookingAt()) {
                    if (!onMatch.test(m)) {
                        return;
                    }
                    i = Math.max(m.end(), i + 1);
                    continue;
                }
            }
            i++;
        }
    }
}
