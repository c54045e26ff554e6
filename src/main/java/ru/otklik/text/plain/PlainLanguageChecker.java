package ru.otklik.text.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.otklik.text.lang.RussianMorphology;
import ru.otklik.text.lang.WordStarts;

/**
 * Checks an outgoing draft for plain language (§6) and for refusals that send the client to the
 * law instead of explaining (§14): long sentences, канцелярит, passive chains, unexplained
 * citations, and a Russian readability score. Pure Java; patterns are linear.
 */
public final class PlainLanguageChecker {

    /** Sentences longer than this are hard to follow in one reading. */
    public static final int LONG_SENTENCE_WORDS = 25;
    private static final int MAX_ISSUES = 100;

    private record Cliche(Pattern pattern, String suggestion) {
    }

    private static final List<Cliche> CLICHES = List.of(
            cliche("в соответствии с(?:о)?", "по, согласно — или просто объясните, что требует закон"),
            cliche("в связи с(?: тем,? что)?", "из-за, потому что"),
            cliche("на основании", "по, из-за"),
            cliche("в целях", "чтобы, для"),
            cliche("в рамках", "при, во время, по"),
            cliche("осуществл[а-я]*", "делать, проводить, выполнять"),
            cliche("данн(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)", "этот"),
            cliche("вышеуказанн[а-я]*|вышеизложенн[а-я]*|нижеследующ[а-я]*", "этот, такой — или повторите, о чём речь"),
            cliche("настоящим (?:сообщаем|уведомляем|информируем)", "сообщаем"),
            cliche("доводим до (?:вашего )?сведения", "сообщаем"),
            cliche("в случае,? если|в случае", "если"),
            cliche("не представляется возможным", "мы не можем"),
            cliche("в установленном (?:законом )?порядке", "объясните, какой это порядок"),
            cliche("в адрес", "вам, нам"),
            cliche("имеет место", "есть, бывает"),
            cliche("принять к сведению", "учесть"),
            cliche("в отношении", "о, для"),
            cliche("надлежащ[а-я]*", "нужный, правильный"),
            cliche("по вопросу", "о"),
            cliche("явля(?:ется|ются)", "тире или «это»"),
            cliche("в течение", "за, в"),
            cliche("производств[а-я]*|произвед[её]н[а-я]*", "сделать, провести"),
            cliche("предоставлени[а-я]* возможности", "дать возможность"),
            cliche("с целью", "чтобы"));

    private static Cliche cliche(String regex, String suggestion) {
        return new Cliche(Pattern.compile(regex), suggestion);
    }

    /** First letters of the clichés: the pattern is tried only at words that begin so. */
    private static final String CLICHE_STARTS;

    static {
        StringBuilder first = new StringBuilder();
        for (Cliche c : CLICHES) {
            for (String alternative : c.pattern().pattern().split("\\|")) {
                first.append(alternative.charAt(0));
            }
        }
        CLICHE_STARTS = first.toString();
    }

    /** All clichés in one pattern, so the draft is scanned once; the matching one is found afterwards. */
    private static final Pattern ANY_CLICHE;

    static {
        StringBuilder all = new StringBuilder("(?:");
        for (int i = 0; i < CLICHES.size(); i++) {
            all.append(i == 0 ? "" : "|").append(CLICHES.get(i).pattern().pattern());
        }
        ANY_CLICHE = Pattern.compile(all.append(")(?![а-яё])").toString());
    }

    /** «пп. 2 п. 1 ст. 39.16 ЗК РФ», «статьёй 39.20 Земельного кодекса», «Федерального закона № 59-ФЗ». */
    private static final Pattern CITATION = Pattern.compile(
            "(?:(?:подп|пп|п|ч|ст|подпункт[а-я]{0,3}|пункт[а-я]{0,3}|част[а-я]{0,3}|стать[а-я]{0,3})\\.?\\s{0,2}\\d{1,3}(?:\\.\\d{1,3}){0,3}"
                    + "(?:\\s{0,2},?\\s{0,2}(?:подп|пп|п|ч|ст|подпункт[а-я]{0,3}|пункт[а-я]{0,3}|част[а-я]{0,3}|стать[а-я]{0,3})\\.?\\s{0,2}\\d{1,3}(?:\\.\\d{1,3}){0,3}){0,4}"
                    + "(?:\\s{1,2}(?:[ЗГЖ]К|КоАП|БК|НК|ГрК|ЛК|ВК)\\s{0,2}РФ|\\s{1,2}(?:Земельного|Гражданского|Жилищного|Градостроительного|Налогового|Бюджетного|Лесного|Водного)\\s{1,2}кодекса(?:\\s{1,2}(?:Российской Федерации|РФ))?"
                    + "|\\s{1,2}(?:Федерального\\s{1,2}закона|Закона|Постановления|Приказа|Положения)[^.;]{0,80}?№\\s{0,2}[\\d-]{1,8}(?:-?ФЗ|-?п|-?ОЗ)?)?)"
                    + "|(?:Федеральн(?:ый|ого|ым)\\s{1,2}закон(?:а|ом)?|Закон(?:а|ом)?\\s{1,2}Новосибирской\\s{1,2}области)\\s{1,2}(?:от\\s{1,2}[\\d.]{6,10}\\s{0,2}(?:г\\.\\s{0,2})?)?№\\s{0,2}\\d{1,4}-?(?:ФЗ|ОЗ)",
            Pattern.UNICODE_CASE);
    /** Words that introduce a plain explanation after a citation. */
    private static final Pattern EXPLANATION = Pattern.compile(
            "(?<![а-яё])(?:то есть|т\\. ?е\\.|это значит|это означает|иначе говоря|иными словами|проще говоря|потому что|так как|поскольку|а именно|дело в том|причина)(?![а-яё])");
    private static final Pattern REFUSAL = Pattern.compile(
            "(?<![а-яё])(?:отказ(?:ано|ать|ываем|ывает|ываем|ом|е|а)?|не может быть (?:предоставлен|удовлетворен|согласован|выдан)[а-я]*|"
                    + "не представляется возможным|оснований для [а-я ]{3,40}не имеется|отклонен[а-я]*|возвращ[а-я]* без рассмотрения)(?![а-яё])");

    private final RussianMorphology morphology;

    public PlainLanguageChecker(RussianMorphology morphology) {
        this.morphology = morphology;
    }

    public PlainLanguageReport check(String draft) {
        String text = draft == null ? "" : draft;
        List<PlainLanguageIssue> issues = new ArrayList<>();
        List<int[]> sentences = sentences(text);
        int words = 0;
        int syllables = 0;
        for (int[] s : sentences) {
            List<int[]> ws = words(text, s[0], s[1]);
            words += ws.size();
            for (int[] w : ws) {
                syllables += syllables(text, w[0], w[1]);
            }
            if (ws.size() > LONG_SENTENCE_WORDS && issues.size() < MAX_ISSUES) {
                issues.add(new PlainLanguageIssue(PlainLanguageIssue.Kind.LONG_SENTENCE, excerpt(text, s[0], s[1]), s[0], s[1],
                        "Предложение из " + ws.size() + " слов: разбейте его на два-три (не больше " + LONG_SENTENCE_WORDS + " слов).",
                        null));
            }
            passives(text, s, ws, issues);
        }
        String lower = lowerCase(text);
        WordStarts.find(lower, ANY_CLICHE, CLICHE_STARTS, any -> {
            String found = text.substring(any.start(), any.end());
            String suggestion = null;
            for (Cliche c : CLICHES) {
                if (c.pattern().matcher(any.group()).matches()) {
                    suggestion = c.suggestion();
                    break;
                }
            }
            issues.add(new PlainLanguageIssue(PlainLanguageIssue.Kind.CLICHE, found, any.start(), any.end(),
                    "Канцелярский оборот «" + found + "».", suggestion));
            return issues.size() < MAX_ISSUES;
        });
        int[] citations = new int[2];
        boolean[] explained = explainedSentences(lower, sentences);
        WordStarts.find(text, CITATION, "пчсПЧСФЗ", m -> {
            citations[0]++;
            int s = sentenceOf(sentences, m.start());
            if (s < 0 || !explained[s]) {
                citations[1]++;
                if (issues.size() < MAX_ISSUES) {
                    issues.add(new PlainLanguageIssue(PlainLanguageIssue.Kind.UNEXPLAINED_CITATION, m.group(), m.start(), m.end(),
                            "Ссылка на норму без объяснения: клиент не должен читать закон, чтобы понять ответ (§14).",
                            "Объясните своими словами, что требует эта норма и как она касается клиента."));
                }
            }
            return true;
        });
        int cited = citations[0];
        int unexplained = citations[1];
        boolean refusal = REFUSAL.matcher(lower).find();
        boolean anyExplanation = EXPLANATION.matcher(lower).find();
        // §14: a refusal must state its grounds plainly; one whose grounds are only citations is not sent
        boolean blocked = refusal && cited > 0 && unexplained == cited;
        if (refusal && cited == 0 && !anyExplanation) {
            issues.add(new PlainLanguageIssue(PlainLanguageIssue.Kind.REFUSAL_WITHOUT_REASON, null, -1, -1,
                    "В отказе не видно причины: объясните, почему просьбу нельзя выполнить (§14).", null));
        }
        issues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int sentenceCount = Math.max(1, sentences.size());
        double asl = words == 0 ? 0 : (double) words / sentenceCount;
        double asw = words == 0 ? 0 : (double) syllables / words;
        double score = words == 0 ? 100 : 206.835 - 1.3 * asl - 60.1 * asw;
        return new PlainLanguageReport(round(score), level(score), sentences.size(), words, round(asl), round(asw),
                refusal, blocked, List.copyOf(issues));
    }

    /** Oborneva's scale read like Flesch's: what a reader needs to follow the text. */
    static String level(double score) {
        if (score >= 80) {
            return "очень легко";
        }
        if (score >= 60) {
            return "легко";
        }
        if (score >= 40) {
            return "средне";
        }
        if (score >= 20) {
            return "трудно";
        }
        return "очень трудно";
    }

    private void passives(String text, int[] s, List<int[]> ws, List<PlainLanguageIssue> issues) {
        int passive = 0;
        int nounRun = 0;
        int longestRun = 0;
        for (int[] w : ws) {
            String word = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
            if (word.length() > 30) {
                continue;
            }
            boolean verbalNounGenitive = false;
            for (RussianMorphology.Lemma l : morphology.lemmas(word)) {
                String tag = l.tag();
                if (tag.startsWith("PT") && tag.contains("STR")) {
                    passive++;
                    break;
                }
                if (tag.startsWith("VB") && tag.contains("P3") && l.lemma().endsWith("ся") && tag.contains("IMPFV")
                        && isTransitive(l.lemma().substring(0, l.lemma().length() - 2))) {
                    passive++;
                    break;
                }
                if (tag.startsWith("NN") && tag.contains(":R") && (l.lemma().endsWith("ние") || l.lemma().endsWith("ция")
                        || l.lemma().endsWith("тие"))) {
                    verbalNounGenitive = true;
                }
            }
            nounRun = verbalNounGenitive ? nounRun + 1 : (isGenitiveModifier(word) ? nounRun : 0);
            longestRun = Math.max(longestRun, nounRun);
        }
        if ((passive >= 2 || longestRun >= 3) && issues.size() < MAX_ISSUES) {
            String why = passive >= 2 ? passive + " страдательных оборота в одном предложении" : "цепочка отглагольных существительных";
            issues.add(new PlainLanguageIssue(PlainLanguageIssue.Kind.PASSIVE_CHAIN, excerpt(text, s[0], s[1]), s[0], s[1],
                    "Тяжёлая конструкция: " + why + ".", "Скажите, кто что делает: «Мы рассмотрели заявление и решили…»"));
        }
    }

    /** An adjective or a noun between verbal nouns keeps the chain: «предоставления земельного участка». */
    private boolean isGenitiveModifier(String word) {
        for (RussianMorphology.Lemma l : morphology.lemmas(word)) {
            if (l.tag().contains(":R")) {
                return true;
            }
        }
        return false;
    }

    private boolean isTransitive(String verb) {
        for (RussianMorphology.Lemma l : morphology.lemmas(verb)) {
            if (l.tag().contains("TRANS") && !l.tag().contains("INTR")) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each sentence, whether it or the next one explains in plain words; one scan of the
     * draft, so a draft of thousands of citations costs no more than one of a few.
     */
    private static boolean[] explainedSentences(String lower, List<int[]> sentences) {
        boolean[] has = new boolean[sentences.size()];
        Matcher m = EXPLANATION.matcher(lower);
        while (m.find()) {
            int s = sentenceOf(sentences, m.start());
            if (s >= 0) {
                has[s] = true;
            }
        }
        boolean[] explained = new boolean[sentences.size()];
        for (int i = 0; i < has.length; i++) {
            explained[i] = has[i] || i + 1 < has.length && has[i + 1];
        }
        return explained;
    }

    /** Index of the sentence that holds position {@code at}, or -1. */
    private static int sentenceOf(List<int[]> sentences, int at) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int i = (lo + hi) >>> 1;
            int[] s = sentences.get(i);
            if (at < s[0]) {
                hi = i - 1;
            } else if (at >= s[1]) {
                lo = i + 1;
            } else {
                return i;
            }
        }
        return -1;
    }

    private static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '.' || c == '!' || c == '?' || c == '…')
                    && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))) && !abbreviation(text, i);
            if (end) {
                if (hasLetter(text, start, i + 1)) {
                    out.add(new int[] { start, i + 1 });
                }
                start = i + 1;
            }
        }
        if (hasLetter(text, start, n)) {
            out.add(new int[] { start, n });
        }
        return out;
    }

    /** «ст.», «п.», «пп.», «т. е.», «г.»: a dot that does not end the sentence. */
    private static boolean abbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        int len = dot - s;
        return len >= 1 && len <= 4 && Character.isLowerCase(text.charAt(s)) && List.of("ст", "п", "пп", "ч", "т", "е", "г", "гг",
                "подп", "им", "ул", "д", "кв", "см", "руб", "коп", "тыс", "млн", "в", "вв", "др", "пр").contains(text.substring(s, dot));
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> words(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' && i + 1 < to && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            if (i > s) {
                out.add(new int[] { s, i });
            }
        }
        return out;
    }

    private static int syllables(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if ("аеёиоуыэюяАЕЁИОУЫЭЮЯaeiouyAEIOUY".indexOf(text.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }

    private static String excerpt(String text, int from, int to) {
        String s = text.substring(from, to).strip();
        return s.length() > 160 ? s.substring(0, 157) + "…" : s;
    }

    /** Lower case with ё as е, one char for one char, so offsets stay those of the draft. */
    private static String lowerCase(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            out[i] = c == 'ё' ? 'е' : c;
        }
        return new String(out);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
