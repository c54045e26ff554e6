package ru.otklik.text.abuse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import ru.otklik.text.lang.RussianMorphology;

/**
 * The obscene vocabulary (мат, §9) as a root-and-affix model rather than a word list: a word is
 * obscene when it is built as {@code prefixes + obscene root + ending}, so «заебали»,
 * «распиздяй» and «охуенно» are found while «хлебать», «потребитель», «оскорблять» and
 * «страхуй» are not: the letters before the root there are no prefix. A word that the Russian
 * dictionary knows under an innocent lemma («сухую» → «сухой») is innocent whatever it contains.
 *
 * <p>Every pattern is anchored and runs on one word of at most {@value Deobfuscator#MAX_WORD}
 * letters with no nested quantifiers, so matching time is bounded.
 */
final class ObsceneRoots {

    /** Verbal prefixes that stand before obscene roots (на-хуй, за-еб-ал, рас-пизд-яй). */
    private static final String PREFIX = "(?:не|ни|на|наи|по|о|об|обо|от|ото|за|до|недо|при|пере|под|подъ|раз|разъ|рас|с|со|съ|вз|въ|вы|у|из|изъ|ис|про|пре)";
    /** Prefixes that take the root «еб»; a bare «с» is left out because «себе» and «себестоимость» start so. */
    private static final String PREFIX_EB = "(?:не|ни|за|на|у|вы|по|от|отъ|оть|раз|разъ|разь|рас|про|под|подъ|подь|пере|до|об|объ|обь|о|съ|сь|въ|вь|изъ|изь|из|недо|при|вз|взъ)";

    /** One rule of the model: a name staff can read, and the word shape it matches. */
    record Rule(String name, Pattern pattern, int rootLength) {
    }

    static final List<Rule> RULES = List.of(
            new Rule("мат: корень «хуй»", Pattern.compile("(?:" + PREFIX + "){0,2}[х?][у?][йяеию?].*"), 3),
            new Rule("мат: корень «хуй»", Pattern.compile("(?:на|по|ни)?хул[иеь]"), 4),
            new Rule("мат: корень «пизд»", Pattern.compile("(?:" + PREFIX + "){0,2}[п?](?:[иеы?][зс?]|з)[дж?].*"), 4),
            new Rule("мат: корень «еб»", Pattern.compile("(?:" + PREFIX_EB + "){0,2}[е?][б?](?!ол|атир)(?:[аиуеоылнкшщтяь?].*)?"), 2),
            new Rule("мат: корень «еб» (на слух: «ипаный», «ёпал»)",
                    Pattern.compile("(?:" + PREFIX_EB + "){0,2}(?:[еи][бп]|йо[бп])(?!атир)(?:ан|ал|ат|ну|уч).*"), 4),
            new Rule("мат: корень «еб» в сложном слове",
                    Pattern.compile("[а-я]{2,}[ое]еб(?:а|у|ом|е|ы|ов|ам|ами|ах|ище|ал|ала|али|ать|ут)?"), 3),
            new Rule("мат: корень «еб» (латиницей)", Pattern.compile("(?:за|на|вы|по|от|у)?еб(?:ат|ал|ан|ну|уч).*"), 4),
            new Rule("мат: корень «бляд»", Pattern.compile("(?:вы|за|на|по|раз)?[б?][л?][я?](?:д.*|т[ьи]?)?"), 3),
            new Rule("мат: корень «муд»", Pattern.compile("муд(?:ак|ач|ил|озв|охат|ень|е|я|ищ).*"), 5),
            new Rule("мат: корень «манд»", Pattern.compile("манд(?:а|ы|е|у|ой|ою|ам|ами|ах|авош.*|юк.*|ища)"), 5),
            new Rule("мат: корень «залуп»", Pattern.compile("залуп.*"), 6));

    /** Forms the dictionary also knows under a rare innocent lemma («хули» of «хула»), read as мат anyway. */
    private static final Set<String> OBSCENE_DESPITE_DICTIONARY = Set.of("хули", "хуле", "нахуя", "нихуя");
    /** Roots that are also place names (река Манда): not read as мат when written as a name. */
    private static final Set<String> NAME_LIKE = Set.of("мат: корень «манд»");
    /** Words before a place name: «село Манда», «ул. Хуторская». */
    static final Set<String> PLACE_MARKERS = Set.of("д", "дер", "деревня", "деревни", "деревне", "с", "село", "села",
            "селе", "п", "пос", "поселок", "поселка", "поселке", "рп", "река", "реки", "реке", "р", "ул", "улица",
            "улицы", "улице", "пер", "переулок", "ст", "станция", "станции", "оз", "озеро", "озера", "урочище", "г", "город");

    /**
     * Letters that people hide behind dots and asterisks in obscene words («пи...да», «нае..ли»,
     * «х..ню»); a masked word is read with each of these in place of the mask.
     */
    private static final List<String> FILLS = List.of("у", "уй", "уе", "уя", "ую", "е", "еб", "еба", "б", "ба", "из",
            "изд", "зд", "з", "д", "да", "ля", "лят", "я", "уи");

    private final RussianMorphology morphology;
    /** Masked words read so far in one screening; reading them is the costly part, so it is capped. */
    private int fillBudget;

    ObsceneRoots(RussianMorphology morphology) {
        this.morphology = morphology;
    }

    /** Starts a new text: masked words get a fresh, bounded number of readings. */
    void reset() {
        fillBudget = 64;
    }

    /** Reads a masked word by filling its masks with the letters usually hidden there. */
    Optional<Rule> matchFilled(String reading) {
        String collapsed = Deobfuscator.collapse(reading);
        if (fillBudget <= 0 || collapsed.isEmpty() || collapsed.charAt(0) == Deobfuscator.MASK
                || collapsed.length() > Deobfuscator.MAX_WORD) {
            return Optional.empty();
        }
        int first = collapsed.indexOf(Deobfuscator.MASK);
        if (first < 0) {
            return Optional.empty();
        }
        int firstEnd = first;
        while (firstEnd < collapsed.length() && collapsed.charAt(firstEnd) == Deobfuscator.MASK) {
            firstEnd++;
        }
        if (firstEnd - first > 3 || collapsed.indexOf(Deobfuscator.MASK, firstEnd) >= 0
                || collapsed.length() - (firstEnd - first) < 2) {
            return Optional.empty();
        }
        fillBudget--;
        int run = firstEnd - first;
        for (String fill : FILLS) {
            // one symbol hides one letter; a row of dots may hide any number
            if (run == 1 && fill.length() != 1) {
                continue;
            }
            String filled = collapsed.substring(0, first) + fill + collapsed.substring(firstEnd);
            for (Rule rule : RULES) {
                if (rule.pattern().matcher(filled).matches()) {
                    return Optional.of(rule);
                }
            }
        }
        return Optional.empty();
    }

    /** The rule an obscene reading matches, if any; {@code reading} is lower-case Cyrillic with ё as е. */
    Optional<Rule> match(String reading, boolean latin) {
        if (reading.length() < 2 || reading.length() > Deobfuscator.MAX_WORD) {
            return Optional.empty();
        }
        String collapsed = Deobfuscator.collapse(reading);
        if (!mayBeObscene(collapsed) && !mayBeObscene(reading)) {
            return Optional.empty();
        }
        int masks = count(collapsed, Deobfuscator.MASK);
        if (masks > 0 && (collapsed.charAt(0) == Deobfuscator.MASK || collapsed.length() - masks < 2
                || masks * 2 > collapsed.length() - masks)) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            boolean compound = rule.name().contains("сложном");
            if (latin && !rule.name().contains("хуй") && !rule.name().contains("пизд") && !rule.name().contains("бляд")
                    && !rule.name().contains("латиницей")) {
                continue;
            }
            // compounds keep their doubled letters: «нищеёбов» must not become «нищебов»
            if (!rule.pattern().matcher(compound ? reading : collapsed).matches()) {
                continue;
            }
            if (masks > 0 && rule.rootLength() <= 3 && masks > 1) {
                continue;
            }
            if (masks == 0 && isInnocentInDictionary(reading)) {
                return Optional.empty();
            }
            return Optional.of(rule);
        }
        return Optional.empty();
    }

    /** Letter pairs that every obscene root contains; a word without any of them needs no regular expression. */
    private static final String[] ROOT_MARKS = { "ху", "пи", "пе", "пы", "пз", "еб", "иб", "ип", "еп", "йо", "бл", "муд", "манд",
            "залуп", "нах", String.valueOf(Deobfuscator.MASK) };

    /** A cheap test that rules a word out before any pattern runs: most words of a message contain no root. */
    static boolean mayBeObscene(String word) {
        for (String mark : ROOT_MARKS) {
            if (word.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a rule name is one that a place name can look like. */
    static boolean nameLike(Rule rule) {
        return NAME_LIKE.contains(rule.name());
    }

    private boolean isInnocentInDictionary(String reading) {
        if (OBSCENE_DESPITE_DICTIONARY.contains(reading)) {
            return false;
        }
        List<RussianMorphology.Lemma> lemmas = morphology.lemmas(reading);
        if (lemmas.isEmpty()) {
            return false;
        }
        for (RussianMorphology.Lemma lemma : lemmas) {
            if (isObsceneLemma(lemma.lemma())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isObsceneLemma(String lemma) {
        String collapsed = Deobfuscator.collapse(lemma);
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(collapsed).matches()) {
                return true;
            }
        }
        return false;
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }
}
