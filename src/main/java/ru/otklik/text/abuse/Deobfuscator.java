package ru.otklik.text.abuse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a text the way a person would read through the usual disguises of obscene words (§9):
 * Latin and digit look-alikes, letters split by dots or spaces, masked letters, repeated
 * letters, mixed case, ё/е. Works in one linear pass with no regular expressions, so any input
 * (a megabyte of text, binary junk) is read in time proportional to its length.
 */
final class Deobfuscator {

    /** Longest letter run treated as a word; longer runs are junk and are not read further. */
    static final int MAX_WORD = 40;
    private static final int MAX_VARIANTS = 8;
    /** Wildcard for a masked letter in a reading. */
    static final char MASK = '?';

    /** A word as written, read in plain lower-case Cyrillic with ё as е. */
    record Word(int start, int end, String text, int sentence, boolean capitalised, boolean sentenceStart,
                boolean quoted, boolean latin) {
    }

    /** One way to read a stretch of text; {@code text} may hold {@link #MASK} for masked letters. */
    record Reading(int start, int end, String text, Disguise disguise, boolean latin) {
    }

    /** The words of a text and every reading worth checking for obscene roots. */
    record Scan(List<Word> words, List<Reading> readings) {
    }

    private Deobfuscator() {
    }

    static Scan scan(String text) {
        List<Word> words = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        int n = text.length();
        int sentence = 0;
        boolean sentenceStart = true;
        boolean quoted = false;
        int i = 0;
        // single-letter words in a row, for «х у й»
        List<Word> spaced = new ArrayList<>();
        int spacedGapEnd = -1;
        while (i < n) {
            char c = text.charAt(i);
            if (!isLetterish(c)) {
                if (c == '.' || c == '!' || c == '?' || c == '…' || c == '\n' || c == ';') {
                    if (c == '\n' || i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)) || c == '\n') {
                        if (!(c == '.' && isSpacedRun(spaced, i))) {
                            sentence++;
                            sentenceStart = true;
                        }
                    }
                }
                if (c == '«' || c == '“' || c == '„') {
                    quoted = true;
                } else if (c == '»' || c == '”') {
                    quoted = false;
                } else if (c == '"') {
                    quoted = !quoted;
                }
                i++;
                continue;
            }
            int chunkStart = i;
            int chunkEnd = chunkEnd(text, i);
            List<int[]> parts = parts(text, chunkStart, chunkEnd);
            boolean capitalised = Character.isUpperCase(c);
            for (int[] p : parts) {
                String raw = text.substring(p[0], p[1]);
                Word w = word(raw, p[0], p[1], sentence, sentenceStart && p == parts.get(0), quoted);
                if (w != null) {
                    words.add(w);
                    readPart(raw, p[0], p[1], readings);
                }
            }
            if (parts.size() > 1 && chunkEnd - chunkStart <= MAX_WORD + 8) {
                readChunk(text, chunkStart, chunkEnd, parts, readings);
            }
            // spaced-out letters: «х у й», «п.и.з.д.а» split into single letters
            if (parts.size() == 1 && parts.get(0)[1] - parts.get(0)[0] == 1 && (spaced.isEmpty() || chunkStart - spacedGapEnd <= 3)) {
                spaced.add(new Word(chunkStart, chunkEnd, text.substring(chunkStart, chunkEnd), sentence, capitalised, false, quoted, false));
            } else {
                flushSpaced(text, spaced, readings);
                if (parts.size() == 1 && parts.get(0)[1] - parts.get(0)[0] == 1) {
                    spaced.add(new Word(chunkStart, chunkEnd, text.substring(chunkStart, chunkEnd), sentence, capitalised, false, quoted, false));
                }
            }
            spacedGapEnd = chunkEnd;
            sentenceStart = false;
            i = chunkEnd;
        }
        flushSpaced(text, spaced, readings);
        return new Scan(words, readings);
    }

    /** Russian words of one letter, which may stand next to a spaced-out word without being part of it. */
    private static final java.util.Set<String> ONE_LETTER_WORDS = java.util.Set.of("и", "в", "с", "к", "у", "о", "а", "я");

    private static boolean isSpacedRun(List<Word> spaced, int at) {
        return !spaced.isEmpty() && spaced.get(spaced.size() - 1).end() == at;
    }

    private static void flushSpaced(String text, List<Word> spaced, List<Reading> readings) {
        int size = spaced.size();
        if (size >= 3 && size <= MAX_WORD) {
            // «и х у й у»: the spaced word may share its neighbours' one-letter words, so every
            // stretch of three or more letters is read (a bounded number: at most 12 letters)
            int shortest = size <= 12 ? 3 : size;
            for (int from = 0; from + shortest <= size; from++) {
                if (from > 0 && !ONE_LETTER_WORDS.contains(spaced.get(from - 1).text().toLowerCase())) {
                    break;
                }
                for (int to = size; to >= from + shortest; to--) {
                    if (to < size && !ONE_LETTER_WORDS.contains(spaced.get(to).text().toLowerCase())) {
                        break;
                    }
                    StringBuilder joined = new StringBuilder();
                    for (int k = from; k < to; k++) {
                        joined.append(spaced.get(k).text());
                    }
                    for (String variant : variants(joined.toString())) {
                        readings.add(new Reading(spaced.get(from).start(), spaced.get(to - 1).end(), variant, Disguise.SPACED, false));
                    }
                }
            }
        }
        spaced.clear();
    }

    /** End of a run of letters joined by in-word symbols (х*й, х.у.й, е..ный, ты-долбоёб). */
    private static int chunkEnd(String text, int from) {
        int n = text.length();
        int i = from;
        int lastLetter = from;
        while (i < n) {
            char c = text.charAt(i);
            if (isLetterish(c)) {
                lastLetter = i;
                i++;
            } else if (isInWordSymbol(c) && i + 1 < n && i - lastLetter <= 3) {
                i++;
            } else {
                break;
            }
        }
        // the run ends on its last letter; trailing symbols are punctuation
        return lastLetter + 1;
    }

    private static List<int[]> parts(String text, int start, int end) {
        List<int[]> parts = new ArrayList<>(2);
        int i = start;
        while (i < end) {
            while (i < end && !isLetterish(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && isLetterish(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                parts.add(new int[] { s, i });
            }
        }
        return parts;
    }

    private static Word word(String raw, int start, int end, int sentence, boolean sentenceStart, boolean quoted) {
        boolean latin = isLatinOnly(raw);
        String text = latin ? raw.toLowerCase(java.util.Locale.ROOT) : primary(raw);
        if (text.isEmpty()) {
            return null;
        }
        return new Word(start, end, text, sentence, Character.isUpperCase(raw.charAt(0)), sentenceStart, quoted, latin);
    }

    private static void readPart(String raw, int start, int end, List<Reading> readings) {
        if (raw.length() > MAX_WORD || isDigitsOnly(raw)) {
            return;
        }
        if (isLatinOnly(raw)) {
            readings.add(new Reading(start, end, translit(raw.toLowerCase(java.util.Locale.ROOT)), Disguise.TRANSLIT, true));
            for (String v : variants(raw)) {
                readings.add(new Reading(start, end, v, Disguise.LOOKALIKE, true));
            }
            return;
        }
        Disguise how = isPlainCyrillic(raw) ? Disguise.NONE : Disguise.LOOKALIKE;
        for (String v : variants(raw)) {
            readings.add(new Reading(start, end, v, how, false));
        }
    }

    private static void readChunk(String text, int start, int end, List<int[]> parts, List<Reading> readings) {
        String raw = text.substring(start, end);
        StringBuilder joined = new StringBuilder();
        StringBuilder masked = new StringBuilder();
        int masks = 0;
        boolean onlySeparators = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isLetterish(c)) {
                joined.append(c);
                masked.append(c);
            } else {
                masked.append(MASK);
                masks++;
                if (c != '.' && c != '-' && c != '_' && c != ' ') {
                    onlySeparators = false;
                }
            }
        }
        boolean latin = isLatinOnly(joined);
        int pi = raw.indexOf("3.14");
        if (pi < 0) {
            pi = raw.indexOf("3,14");
        }
        if (pi >= 0) {
            String pie = raw.substring(0, pi) + "пи" + raw.substring(pi + 4);
            for (String v : variants(pie)) {
                readings.add(new Reading(start, end, v, Disguise.LOOKALIKE, false));
            }
        }
        boolean numeric = false;
        for (int[] p : parts) {
            numeric |= isDigitsOnly(raw.substring(p[0] - start, p[1] - start));
        }
        if (numeric) {
            return;
        }
        for (String v : variants(joined.toString())) {
            readings.add(new Reading(start, end, v, Disguise.SEPARATORS, latin));
        }
        if (masks <= 3) {
            for (String v : variants(masked.toString())) {
                readings.add(new Reading(start, end, v, onlySeparators ? Disguise.SEPARATORS : Disguise.MASK, latin));
            }
        }
    }

    /** The single most likely Cyrillic reading of a word, without the alternatives. */
    static String primary(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            String[] options = options(raw.charAt(i));
            if (options.length > 0) {
                out.append(options[0]);
            }
        }
        return out.toString();
    }

    /** Up to {@value #MAX_VARIANTS} Cyrillic readings where a symbol can stand for several letters. */
    static List<String> variants(String raw) {
        boolean ambiguous = false;
        for (int i = 0; i < raw.length() && !ambiguous; i++) {
            ambiguous = options(raw.charAt(i)).length > 1;
        }
        if (!ambiguous) {
            return List.of(primary(raw));
        }
        List<String> out = new ArrayList<>(2);
        out.add("");
        for (int i = 0; i < raw.length(); i++) {
            String[] options = options(raw.charAt(i));
            if (options.length == 0) {
                continue;
            }
            int size = out.size();
            for (int k = 0; k < size; k++) {
                String base = out.get(k);
                out.set(k, base + options[0]);
                for (int o = 1; o < options.length && out.size() < MAX_VARIANTS; o++) {
                    out.add(base + options[o]);
                }
            }
        }
        return out;
    }

    /** Cyrillic letters a character may stand for, the likeliest first; empty for characters to drop. */
    static String[] options(char c) {
        char l = Character.toLowerCase(c);
        if (l >= 'а' && l <= 'я') {
            return ONE[l - 'а'];
        }
        switch (l) {
            case 'ё': return E;
            case 'a': case 'α': return new String[] { "а" };
            case '@': return new String[] { "а", String.valueOf(MASK) };
            case 'b': return new String[] { "б", "в", "ь" };
            case 'c': case '$': return new String[] { "с" };
            case 'd': return new String[] { "д" };
            case 'e': case 'є': case 'ε': case '€': return E;
            case 'f': return new String[] { "ф" };
            case 'g': return new String[] { "г", "д" };
            case 'h': return new String[] { "х", "н" };
            case 'i': case 'і': case 'ї': case 'ι': return new String[] { "и" };
            case 'j': return new String[] { "й" };
            case 'k': case 'κ': return new String[] { "к" };
            case 'l': return new String[] { "л" };
            case 'm': return new String[] { "м", "т" };
            case 'n': return new String[] { "н", "п", "и" };
            case 'o': case '0': case 'ο': return new String[] { "о" };
            case 'p': case 'ρ': return new String[] { "р", "п" };
            case 'q': return new String[] { "д" };
            case 'r': return new String[] { "р", "г" };
            case 's': return new String[] { "с" };
            case 't': case 'τ': return new String[] { "т" };
            case 'u': case 'υ': return new String[] { "и", "у" };
            case 'v': return new String[] { "в" };
            case 'w': return new String[] { "ш" };
            case 'x': case 'χ': return new String[] { "х" };
            case 'y': case 'ў': return new String[] { "у", "й", "ы" };
            case 'z': return new String[] { "з" };
            case '3': return new String[] { "з", "е" };
            case '4': return new String[] { "ч", "а" };
            case '6': return new String[] { "б" };
            case '8': return new String[] { "в" };
            case '1': return new String[] { "и", "л" };
            case MASK: return new String[] { String.valueOf(MASK) };
            default:
                return Character.isLetterOrDigit(l) ? new String[] { String.valueOf(l) } : NONE;
        }
    }

    private static final String[] NONE = new String[0];
    private static final String[] E = { "е" };
    private static final String[][] ONE = new String[32][];

    static {
        for (char c = 'а'; c <= 'я'; c++) {
            ONE[c - 'а'] = new String[] { String.valueOf(c) };
        }
        ONE['е' - 'а'] = E;
    }

    private static final String[][] TRANSLIT = {
            { "shch", "щ" }, { "sch", "щ" }, { "sh", "ш" }, { "ch", "ч" }, { "zh", "ж" }, { "kh", "х" },
            { "ts", "ц" }, { "ya", "я" }, { "ja", "я" }, { "yu", "ю" }, { "ju", "ю" }, { "yo", "е" },
            { "jo", "е" }, { "ye", "е" }, { "a", "а" }, { "b", "б" }, { "v", "в" }, { "g", "г" },
            { "d", "д" }, { "e", "е" }, { "z", "з" }, { "i", "и" }, { "j", "й" }, { "k", "к" },
            { "l", "л" }, { "m", "м" }, { "n", "н" }, { "o", "о" }, { "p", "п" }, { "r", "р" },
            { "s", "с" }, { "t", "т" }, { "u", "у" }, { "f", "ф" }, { "h", "х" }, { "c", "ц" },
            { "y", "й" }, { "w", "в" }, { "x", "х" }, { "q", "к" }, { "'", "ь" } };

    static String translit(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        int i = 0;
        outer:
        while (i < latin.length()) {
            for (String[] t : TRANSLIT) {
                if (latin.startsWith(t[0], i)) {
                    out.append(t[1]);
                    i += t[0].length();
                    continue outer;
                }
            }
            i++;
        }
        return out.toString();
    }

    /** Removes letters repeated in a row (бляяяя → бля), keeping masks as they are. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != prev || c == MASK) {
                out.append(c);
            }
            prev = c;
        }
        return out.toString();
    }

    static boolean isLetterish(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$' || c == '€';
    }

    private static boolean isInWordSymbol(char c) {
        return c == '*' || c == '%' || c == '#' || c == '_' || c == '.' || c == '-' || c == '\'' || c == '`'
                || c == '~' || c == ')' || c == '(' || c == '|' || c == '"' || c == '…' || c == '^';
    }

    private static boolean isLatinOnly(CharSequence s) {
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'а' && c <= 'я' || c >= 'А' && c <= 'Я' || c == 'ё' || c == 'Ё') {
                return false;
            }
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                any = true;
            }
        }
        return any;
    }

    private static boolean isPlainCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (!(c >= 'а' && c <= 'я' || c == 'ё')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigitsOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
