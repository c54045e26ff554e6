package ru.otklik.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes a client's question fit to show to editors as an example: the question itself, shortened,
 * without e-mail addresses, phone numbers, the client's name, initials, street addresses and
 * registration or cadastral numbers. Simple rules, so the result is a candidate FAQ wording, not a
 * guarantee: the gap list shows only these examples, never the messages.
 */
public final class QuestionRedactor {

    public static final int MAX_LENGTH = 200;

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}0-9])(?:\\+7|8)?[\\s(-]*\\d{3}[\\s)-]*\\d{2,3}[\\s-]*\\d{2}[\\s-]*\\d{2}(?![0-9])");
    /** Cadastral numbers, passport, account and registration numbers: any long run of digits. */
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\p{L}0-9])\\d[\\d:/-]{5,}\\d(?![0-9])");
    /** «Иванов И. И.», «И.И. Иванов». */
    private static final Pattern INITIALS = Pattern.compile(
            "(?:\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.\\s?\\p{Lu}\\.?)|(?:\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?\\p{Lu}\\p{Ll}+)");
    /** «меня зовут Анна», «с уважением, Пётр Сидоров», «ФИО: …». */
    private static final Pattern INTRODUCTION = Pattern.compile(
            "(?iu)(меня зовут|с уважением,?|фио:?|я,)\\s+(\\p{Lu}\\p{Ll}+)(\\s+\\p{Lu}\\p{Ll}+){0,2}");
    /** A street with its name, or a house, building or flat with its number. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?u)(?<!\\p{L})(?:(?:ул\\.|улиц[аеуы]|пр-т|проспект[аеу]?|пер\\.|переул[ко][ке]?|мкр\\.?)\\s*\\p{Lu}[\\p{L}-]*"
                    + "|(?:д\\.|дом[ауе]?|корп\\.|кв\\.|квартир[аеуы])\\s*№?\\s*\\d+[\\p{L}]?(?:/\\d+)?)"
                    + "(?:\\s*,?\\s*(?:д\\.|дом|корп\\.|кв\\.|квартира)\\s*№?\\s*\\d+[\\p{L}]?(?:/\\d+)?)*");
    /** Politeness and fillers: they carry no question, and a word the knowledge base lacks spoils the match. */
    private static final Pattern FILLER = Pattern.compile(
            "(?iu)(?<!\\p{L})(подскажите|скажите|пожалуйста|прошу|разъясните|уточните|помогите|извините|будьте добры)(?!\\p{L})[,!]?");
    private static final Pattern GREETING = Pattern.compile(
            "(?iu)^(здравствуйте|добрый день|добрый вечер|доброе утро|уважаемые?[\\p{L}\\s]*?)[!,.]*\\s*");
    /** Abbreviations a full stop follows without ending the sentence («ул. Лесная», «д. 5»). */
    private static final Set<String> ABBREVIATIONS = Set.of("ул", "д", "кв", "корп", "стр", "г", "пр", "пер", "пл", "с",
            "п", "им", "т", "обл", "мкр", "ст", "рп", "р-н", "тел", "руб", "коп", "см", "др", "пр-т");

    private QuestionRedactor() {
    }

    /** The question part of a message (its first sentence with a question mark, or its opening), made safe to show. */
    public static String example(String text, String authorName) {
        return shorten(redact(questionPart(text), authorName));
    }

    /** The part of a message that asks: the sentences with a question mark, or else the whole text. */
    public static String questionPart(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        List<String> asked = new ArrayList<>();
        for (String sentence : sentences(t)) {
            if (sentence.endsWith("?")) {
                asked.add(sentence);
            }
        }
        String part = asked.isEmpty() ? t : String.join(" ", asked.subList(0, Math.min(2, asked.size())));
        return GREETING.matcher(part).replaceFirst("").strip();
    }

    /** Splits at . ! ? followed by a space, but not after an abbreviation or an initial. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
            if ((c == '.' || c == '!' || c == '?') && end) {
                if (c == '.') {
                    int w = i;
                    while (w > start && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) {
                        w--;
                    }
                    String word = text.substring(w, i);
                    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
                    if (initial || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                }
                sentences.add(text.substring(start, i + 1).strip());
                start = i + 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            sentences.add(text.substring(start).strip());
        }
        return sentences;
    }

    public static String redact(String text, String authorName) {
        String t = text == null ? "" : text;
        t = EMAIL.matcher(t).replaceAll("[почта]");
        t = PHONE.matcher(t).replaceAll("[телефон]");
        t = LONG_NUMBER.matcher(t).replaceAll("[номер]");
        t = INTRODUCTION.matcher(t).replaceAll("$1 [имя]");
        t = INITIALS.matcher(t).replaceAll("[имя]");
        t = ADDRESS.matcher(t).replaceAll("[адрес]");
        if (authorName != null) {
            for (String part : authorName.split("[\\s.,]+")) {
                if (part.length() >= 3) {
                    // The name in any case form: «Иванов», «Иванова», «Ивановым».
                    String stem = part.length() > 4 ? part.substring(0, part.length() - 1) : part;
                    t = Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(stem) + "\\p{L}{0,3}(?!\\p{L})").matcher(t)
                            .replaceAll("[имя]");
                }
            }
        }
        return t.replaceAll("(\\[имя\\]\\s*){2,}", "[имя] ").replaceAll("\\s+", " ").strip();
    }

    public static String shorten(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
        return text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).strip() + "…";
    }

    /** The question as a search query: redacted, without politeness and fillers. */
    public static String query(String question) {
        return FILLER.matcher(question).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** Lower-case words of three letters or more, without the redaction marks, for grouping similar questions. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.replaceAll("\\[[^\\]]*\\]", " ").toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}0-9]+")) {
            if (w.length() >= 3) {
                words.add(w);
            }
        }
        return words;
    }
}
