package ru.otklik.text.abuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import ru.otklik.text.abuse.Deobfuscator.Reading;
import ru.otklik.text.abuse.Deobfuscator.Word;
import ru.otklik.text.lang.RussianMorphology;

/**
 * Screens an incoming message for what §9 makes inadmissible: obscene language, insults aimed
 * at staff and threats to their life or health. Harsh criticism and legal threats («подам в
 * суд», «обращусь в прокуратуру») are the client's right and pass. Pure Java, linear in the
 * length of the text; every verdict comes with the fragments and rules that produced it.
 */
public final class AbuseScreener {

    /** Evidence is capped so a megabyte of abuse still yields a small answer. */
    static final int MAX_FINDINGS = 50;
    /** How far around a word its context is read; keeps run-on «sentences» of junk linear. */
    private static final int WINDOW = 15;

    private final ObsceneRoots obscene;
    private final RussianMorphology morphology;

    public AbuseScreener(RussianMorphology morphology) {
        this.obscene = new ObsceneRoots(morphology);
        this.morphology = morphology;
    }

    public AbuseVerdict screen(String text) {
        if (text == null || text.isBlank()) {
            return AbuseVerdict.CLEAN;
        }
        Deobfuscator.Scan scan = Deobfuscator.scan(text);
        List<AbuseFinding> findings = new ArrayList<>();
        findObscene(text, scan, findings);
        List<Word> words = joinSpacedWords(scan.words());
        int[] sentenceEnds = sentenceEnds(words);
        findInsults(text, words, sentenceEnds, findings);
        findThreats(text, words, sentenceEnds, findings);
        if (findings.isEmpty()) {
            return AbuseVerdict.CLEAN;
        }
        findings.sort(Comparator.comparingInt(AbuseFinding::start).thenComparing(AbuseFinding::category));
        AbuseCategory worst = AbuseCategory.NONE;
        for (AbuseFinding f : findings) {
            if (f.category().compareTo(worst) > 0) {
                worst = f.category();
            }
        }
        List<AbuseFinding> shown = findings.size() > MAX_FINDINGS ? List.copyOf(findings.subList(0, MAX_FINDINGS)) : List.copyOf(findings);
        return new AbuseVerdict(worst, shown);
    }

    // ---------------------------------------------------------------- obscene (мат)

    private void findObscene(String text, Deobfuscator.Scan scan, List<AbuseFinding> out) {
        Set<Long> seen = new HashSet<>();
        obscene.reset();
        for (Reading r : scan.readings()) {
            if (out.size() >= MAX_FINDINGS) {
                return;
            }
            long key = ((long) r.start() << 32) | r.end();
            if (seen.contains(key) || overlapsFound(out, r)) {
                continue;
            }
            Optional<ObsceneRoots.Rule> rule = obscene.match(r.text(), r.latin());
            if (rule.isEmpty() && r.text().indexOf(Deobfuscator.MASK) >= 0) {
                rule = obscene.matchFilled(r.text());
            }
            if (rule.isEmpty()) {
                rule = abbreviation(text, r);
            }
            if (rule.isEmpty()) {
                continue;
            }
            if (ObsceneRoots.nameLike(rule.get()) && looksLikeName(text, scan.words(), r)) {
                continue;
            }
            seen.add(key);
            out.add(new AbuseFinding(AbuseCategory.OBSCENE, text.substring(r.start(), r.end()), r.start(), r.end(),
                    r.text(), rule.get().name(), r.disguise()));
        }
    }

    private static final ObsceneRoots.Rule ABBREVIATION = new ObsceneRoots.Rule("мат: сокращение («бл...», «нах»)",
            java.util.regex.Pattern.compile("бл|нах"), 2);

    /** «бл...», «бл,» and «нах» (not «нах.», which abbreviates «находится»): мат cut short. */
    private static Optional<ObsceneRoots.Rule> abbreviation(String text, Reading r) {
        if (r.disguise() != Disguise.NONE || r.end() - r.start() > 3) {
            return Optional.empty();
        }
        char next = r.end() < text.length() ? text.charAt(r.end()) : ' ';
        if (r.text().equals("бл") && (next == '.' && r.end() + 1 < text.length() && text.charAt(r.end() + 1) == '.'
                || next == '…' || next == ',')) {
            return Optional.of(ABBREVIATION);
        }
        if (r.text().equals("нах") && next != '.' && !Character.isLetterOrDigit(next)) {
            return Optional.of(ABBREVIATION);
        }
        return Optional.empty();
    }

    private static boolean overlapsFound(List<AbuseFinding> found, Reading r) {
        for (int i = found.size() - 1; i >= 0 && i >= found.size() - 3; i--) {
            AbuseFinding f = found.get(i);
            if (f.start() < r.end() && r.start() < f.end()) {
                return true;
            }
        }
        return false;
    }

    /** «река Манда», «в Манде»: a capitalised word inside a sentence, or after a place marker. */
    private static boolean looksLikeName(String text, List<Word> words, Reading r) {
        int lo = 0;
        int hi = words.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Word w = words.get(mid);
            if (w.start() < r.start()) {
                lo = mid + 1;
            } else if (w.start() > r.start()) {
                hi = mid - 1;
            } else {
                if (w.capitalised() && !w.sentenceStart()) {
                    return true;
                }
                return mid > 0 && ObsceneRoots.PLACE_MARKERS.contains(words.get(mid - 1).text());
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- insults aimed at staff

    /** Nouns and adjectives that insult a person; matched on the undisguised word with repeats removed. */
    private static final Pattern INSULT_WORD = Pattern.compile(String.join("|",
            "идиот(?:ы|а|у|ом|е|ов|ам|ами|ах|ка|ки|ке|ку|кой|ина|ины)?",
            "дебил(?:ы|а|у|ом|е|ов|ам|ами|ах|ка|ки|ьник.*)?",
            "кретин(?:ы|а|у|ом|е|ов|ам|ами|ах|ка|ки)?",
            "придур(?:ок|ки|ка|ков|кам|ками|ках|ку|ком|ке)",
            "дура(?:к|ки|ка|ку|ком|ков|кам|ками|ках|чье|чье)?",
            "урод(?:ы|а|у|ом|ов|ам|ами|ах|ина|ины|ище)?",
            "мраз(?:ь|и|ью|ей|ям|ями|ях|ота)",
            "твар(?:ь|и|ью|ей|ям|ями|ях)",
            "сволоч(?:ь|и|ью|ей|ам|ами|ах|ь)",
            "ублюд(?:ок|ки|ка|ков|кам|ками|ках|ку|ком)",
            "гнид(?:а|ы|е|у|ой|ам|ами|ах)",
            "падл(?:а|ы|е|у|ой)",
            "подон(?:ок|ки|ка|ков|кам|ками|ках)",
            "мерзав(?:ец|цы|ца|цев|цам|цами|цах|ка|ки)",
            "негодя(?:й|и|ев|ям|ями|ях)",
            "чмо|чмошник.*|чмыр.*",
            "быдл(?:о|а|у|ом)",
            "козел|козл(?:ы|ов|ам|ами|ах|ина|ины)",
            "шлюх.*|проститутк(?:а|и|у|ой|ам|ами|ах)",
            "сук(?:а|и|у|ой|ам|ами)|сучар.*|ссук.*",
            "пид[оа]р.*|пидр.*|п[еи]д[ие]раст.*",
            "г[ао]ндон.*",
            "говнюк.*|засран(?:ец|цы|цев|цам|цами|цах)",
            "дегенерат.*|имбецил.*|олигофрен.*|даун(?:ы|ов|ам|ами|ах)?",
            "вырод(?:ок|ки|ков|кам|ками|ках)",
            "недоум(?:ок|ки|ков|кам|ками|ках)|недонос(?:ок|ки|ков|кам|ками|ках)",
            "ничтожеств(?:о|а)|бестолоч(?:ь|и|ей)|тупиц(?:а|ы)|олух(?:и|ов|ам)?|бездар(?:ь|и|ей|ям)",
            "дармоед(?:ы|ов|ам|ами|ах)?|кровопийц(?:а|ы)|упыр(?:ь|и|ей)|клоун(?:ы|ов|ам|ами|ах)?|чинуш(?:а|и|ам|ами|ах|ек)",
            "мудак(?:и|а|у|ом|ов|ам|ами|ах)?|мудил(?:а|ы|о)|долбо[её]?б.*|долба[её]?б.*|у[её]б(?:ок|ки|ков|ище|ища|ан|аны|анов)",
            "[её]блан.*|пиздабол.*|пиздюк.*|хуесос.*|хуил[оа]|хуйл[оа]"));

    /**
     * The first three letters of every insulting word and death wish: most words of a message
     * are ruled out by one hash look-up before any pattern runs.
     */
    private static final Set<String> INSULT_STARTS = Set.copyOf(List.of("иди", "деб", "дег", "кре", "кро", "при", "дур",
            "уро", "мра", "тва", "сво", "убл", "гни", "пад", "под", "мер", "нег", "чмо", "чмы", "быд", "коз", "шлю", "про",
            "сук", "суч", "ссу", "пид", "пед", "ган", "гон", "гов", "зас", "имб", "оли", "олу", "дау", "дар", "выр", "нед",
            "нич", "бес", "без", "туп", "упы", "кло", "чин", "муд", "дол", "уеб", "ебл", "еба", "пиз", "хуе", "хуи", "хуй",
            "кон", "отм", "сдо", "пер"));

    private static boolean mayInsult(String word) {
        return word.length() >= 3 && INSULT_STARTS.contains(word.substring(0, 3));
    }

    /** Adjectives that insult only when said of people («тупые чиновники», «вы тупые»). */
    private static final Pattern INSULT_ADJECTIVE = Pattern.compile(
            "туп(?:ой|ая|ые|ых|ым|ыми|ого|ому|орыл.*)|безмозгл.*|конч[еи]н(?:ый|ая|ые|ых)|ебанут.*|отмороз.*");

    /** Death wishes: insulting, though not a threat to act. */
    private static final WordSet DEATH_WISH = WordSet.of(
            "сдохните сдохнете сдохли сдох сдохла подохните подохнете подохли подох передохните передохнете");

    /** The department and its people, or «you». */
    private static final WordSet ADDRESSEE = WordSet.of(
            "вы вас вам вами ваш ваша ваше ваши вашего вашей вашему вашим вашими ваших вашу "
                    + "ты тебя тебе тобой твой твоя твое твои твоего твоей твоих твоим "
                    + "департамент* сотрудник* чиновник* специалист* работник* начальни* руководител* "
                    + "исполнител* оператор* служащ* госслужащ* министр* мэри* администраци* управлени* "
                    + "комитет* отдел* инспектор* регистратор* бюрократ* девушк* консультант* директор* "
                    + "там здесь");
    /** Words after which the insult is not said of anyone present: «за дураков», «как идиот». */
    private static final WordSet NOT_AIMED = WordSet.of("за как словно будто себя я меня мне мы нас нам не любому даже каждому");
    private static final WordSet THIS = WordSet.of("эти этих этим этими этот эта это эту этого этой");

    private void findInsults(String text, List<Word> words, int[] sentenceEnds, List<AbuseFinding> out) {
        int sentenceStart = 0;
        for (int i = 0; i < words.size() && out.size() < MAX_FINDINGS; i++) {
            if (i == 0 || words.get(i).sentence() != words.get(i - 1).sentence()) {
                sentenceStart = i;
            }
            int sentenceFrom = Math.max(sentenceStart, i - WINDOW);
            Word w = words.get(i);
            String plain = Deobfuscator.collapse(w.text());
            if (!mayInsult(w.text()) && !mayInsult(plain)) {
                continue;
            }
            boolean noun = INSULT_WORD.matcher(plain).matches() || INSULT_WORD.matcher(w.text()).matches();
            boolean adjective = !noun && INSULT_ADJECTIVE.matcher(plain).matches();
            boolean wish = !noun && !adjective && DEATH_WISH.contains(plain);
            if (!noun && !adjective && !wish) {
                continue;
            }
            if (w.latin() || notAimed(words, i, sentenceFrom)) {
                continue;
            }
            int sentenceTo = Math.min(sentenceEnds[i], i + WINDOW);
            boolean addressed = anyIn(words, sentenceFrom, sentenceTo, ADDRESSEE) || speaksToYou(words, sentenceFrom, sentenceTo);
            boolean pointed = i > sentenceFrom && THIS.contains(words.get(i - 1).text());
            boolean exclaimed = sentenceEnds[i] - sentenceStart <= 3;
            String rule;
            if (addressed) {
                rule = "оскорбление в обращении к сотрудникам";
            } else if (noun && pointed) {
                rule = "оскорбление: «эти …»";
            } else if (noun && exclaimed) {
                rule = "оскорбление-восклицание";
            } else {
                continue;
            }
            if (wish) {
                rule = "пожелание смерти адресату";
            }
            out.add(new AbuseFinding(AbuseCategory.INSULT, text.substring(w.start(), w.end()), w.start(), w.end(),
                    w.text(), rule, w.text().equals(text.substring(w.start(), w.end()).toLowerCase().replace('ё', 'е'))
                            ? Disguise.NONE : Disguise.LOOKALIKE));
        }
    }

    private static boolean notAimed(List<Word> words, int i, int sentenceFrom) {
        for (int k = i - 1; k >= sentenceFrom && k >= i - 2; k--) {
            if (NOT_AIMED.contains(words.get(k).text())) {
                return true;
            }
        }
        for (int k = i - 1; k >= sentenceFrom && k >= i - 3; k--) {
            if (TAKEN_FOR.contains(words.get(k).text()) || THIRD_PARTY.contains(words.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** People the client may complain about who are not staff: «мой сосед — идиот» is not §9. */
    private static final WordSet THIRD_PARTY = WordSet.of("сосед* председател* застройщик* продав* покупател* муж мужа "
            + "жена жены бывш* родственник* арендатор* подрядчик* хулиган* собственник*");

    /** «не считайте граждан дураками», «держат нас за идиотов»: the client complains of being taken for one. */
    private static final WordSet TAKEN_FOR = WordSet.of("счита* держ* принима* выставля* делаете делают");

    // ---------------------------------------------------------------- threats to life and health

    /** Violence against a person in the first person future: a threat whoever the object is, unless guarded. */
    private static final WordSet VIOLENCE = WordSet.of(
            "убью убьем убъю убьём пристрелю пристрелим застрелю застрелим перестреляю перестреляем прирежу прирежем "
                    + "покалечу покалечим изувечу изувечим изобью изобьем изобьём придушу придушим удавлю удавим "
                    + "подстрелю подстрелим зарежу зарежем задушу задушим отпизжу отпиздим отхуярю отмудохаю "
                    + "поубиваю поубиваем перебью перебьем перебьём");
    /** Verbs that threaten only when their object is a person of the department («урою вас», not «закопаю яму»). */
    private static final WordSet VIOLENCE_AGAINST_PERSON = WordSet.of(
            "порешу порешим зарублю зарубим грохну грохнем замочу замочим урою уроем закопаю закопаем прибью прибьем "
                    + "прибьём отравлю отравим утоплю утопим порежу порежем уничтожу уничтожим размажу размажем "
                    + "растерзаю четвертую повешу повесим порву порвем порвём");
    /** «я его убью»: someone else, unless the sentence names staff («инспектор придёт — я его убью»). */
    private static final WordSet THIRD_PERSON = WordSet.of("его ее её их него нее неё них себя");
    private static final WordSet STAFF = WordSet.of("чиновник* сотрудник* начальник* специалист* работник* руководител* "
            + "исполнител* инспектор* директор* министр* оператор* регистратор* департамент*");

    /** Arson and explosions: a threat when aimed at the department, its building or its people. */
    private static final WordSet DESTRUCTION = WordSet.of(
            "сожгу сожжем сожжём сожгем подожгу подожжем подожжём спалю спалим взорву взорвем взорвём подорву "
                    + "подорвем заминирую заминируем разнесу разнесем разнесём разгромлю разгромим");
    private static final WordSet PERSON = WordSet.of(
            "вас тебя всех каждого любого вашего вашу ваших твоего твою тех вы ты "
                    + "чиновник* сотрудник* начальник* специалист* работник* руководител* исполнител* инспектор* "
                    + "директор* министр* оператор* регистратор*");
    private static final WordSet PLACE = WordSet.of(
            "офис* здани* контор* департамент* кабинет* администраци* учреждени* мэри* министерств* управлени* "
                    + "приемн* ваш ваше вашу ваши вашего вашей ваших твой твою твое");
    /** Objects that make a violent verb harmless or not about staff: «убью полдня в очереди», «убью его». */
    private static final WordSet NOT_STAFF_OBJECT = WordSet.of(
            "время день дни неделю час часы полдня вечер выходные годы год месяц нервы здоровье себя себе "
                    + "его ее её их соседа соседку соседей собаку кота");
    /** A threat someone else made, reported by the client: «сосед угрожает сжечь дом». */
    private static final WordSet REPORTED = WordSet.of(
            "угрожа* угроз* грози* грозя* обеща* кричал* кричит кричат заявил* заявля* сказал* говорит говорят "
                    + "говорил* пишет пишут написал* орал* орет орут мол дескать якобы");

    /** Where the client means to meet staff lawfully: «доберусь до вас на приём», «найду вас в суде». */
    private static final WordSet LAWFUL = WordSet.of("прием приема приеме приему суд суда суде суду судом судебн* прокуратур* заседани*");

    /** Fixed threats, as sequences of word sets that follow each other with at most one word between. */
    private record Phrase(String rule, List<WordSet> slots, String firstSlot) {
    }

    private static final List<Phrase> PHRASES = List.of(
            phrase("«вам не жить»", "вам тебе вашим всем", "не", "жить"),
            phrase("«вам конец»", "вам тебе", "конец крышка хана кранты несдобровать капут пиздец трындец"),
            phrase("«доберусь до вас»", "доберусь доберемся доберёмся", "до",
                    "вас тебя каждого всех вашей ваших твоей твоих вашего твоего"),
            phrase("«до вас доберусь»", "до", "вас тебя каждого всех", "доберусь доберемся доберёмся"),
            phrase("«вас найду»", "вас тебя", "найду найдем найдём вычислю вычислим выслежу выследим подкараулю подкараулим"),
            phrase("«из-под земли достану»", "земли", "достану достанем"),
            phrase("«вам не поздоровится»", "вам тебе", "не", "поздоровится сдобровать"),
            phrase("«жить осталось недолго»", "вам тебе", "осталось", "недолго немного"),
            phrase("«найду вас»", "найду найдем найдём вычислю вычислим выслежу выследим подкараулю подкараулим",
                    "вас тебя каждого всех где вашего вашу ваших твоего твою чиновник* сотрудник* начальник* специалист* директор* инспектор*"),
            phrase("«пожалеете, что родились»", "пожалеете пожалеешь пожалеют", "что", "родились родился родилась"),
            phrase("«кровью умоетесь»", "кровью", "умоетесь умоешься умоются захлебнетесь захлебнешься харкать"),
            phrase("«готовьте гробы»", "готовьте заказывайте закажите готовь заказывай", "гробы гроб венки венок"),
            phrase("«оглядывайтесь»", "оглядывайтесь оглядывайся"),
            phrase("«живыми не уйдёте»", "живыми живым живой", "не", "уйдете уйдешь уйдёте уйдёшь выйдете выйдешь"),
            phrase("«пущу пулю»", "пущу всажу пустим всадим", "пулю пули пулю"),
            phrase("«устрою теракт»", "устрою устроим", "теракт взрыв поджог резню бойню самосуд расправу кровопролитие"),
            phrase("«заложу бомбу»", "заложу подложу заложим подложим", "бомбу взрывчатку"),
            phrase("«офис сгорит»", "офис* здани* контор* департамент* кабинет*", "сгорит сгорят взорвется взорвётся взлетит"),
            phrase("угроза увечьем", "голову башку шею ноги руки глотку горло кишки морду лицо рожу табло череп зубы ребра",
                    "оторву сверну проломлю переломаю поломаю отрежу перережу перегрызу выпущу разобью набью начищу раскрою вышибу выбью пересчитаю откручу снесу"),
            phrase("угроза увечьем", "оторву сверну проломлю переломаю поломаю отрежу перережу перегрызу выпущу разобью набью начищу раскрою вышибу выбью пересчитаю откручу снесу",
                    "голову башку шею ноги руки глотку горло кишки морду лицо рожу табло череп зубы ребра"),
            phrase("«закатаю в асфальт»", "закатаю закатаем", "в", "асфальт бетон"),
            phrase("призыв к расправе", "надо нужно пора следует", "расстрелять перестрелять повесить перевешать убить сжечь закопать"),
            phrase("призыв к расправе", "вас всех таких", "расстрелять перестрелять повесить перевешать"),
            phrase("«убил бы»", "убил прибил задушил придушил пристрелил зарезал прирезал", "бы"),
            phrase("«с оружием»", "приду приеду явлюсь зайду придем придём приедем заявлюсь",
                    "с", "ружьем ружьём топором ножом битой обрезом канистрой бензином стволом гранатой автоматом пистолетом карабином двустволкой арматурой"));

    /** Every word a fixed threat can begin with, so other words skip the phrase list. */
    private static final WordSet PHRASE_STARTS;

    static {
        StringBuilder firsts = new StringBuilder();
        for (Phrase p : PHRASES) {
            firsts.append(' ').append(p.firstSlot());
        }
        PHRASE_STARTS = WordSet.of(firsts.toString());
    }

    private static Phrase phrase(String rule, String... slots) {
        List<WordSet> sets = new ArrayList<>();
        for (String s : slots) {
            sets.add(WordSet.of(s));
        }
        return new Phrase(rule, sets, slots[0]);
    }

    private void findThreats(String text, List<Word> words, int[] sentenceEnds, List<AbuseFinding> out) {
        int sentenceStart = 0;
        for (int i = 0; i < words.size() && out.size() < MAX_FINDINGS; i++) {
            if (i == 0 || words.get(i).sentence() != words.get(i - 1).sentence()) {
                sentenceStart = i;
            }
            int sentenceFrom = Math.max(sentenceStart, i - WINDOW);
            Word w = words.get(i);
            String word = w.text();
            int sentenceTo = Math.min(sentenceEnds[i], i + WINDOW);
            String rule = null;
            int end = i;
            if (VIOLENCE.contains(word)) {
                boolean simile = i + 1 < sentenceTo && words.get(i + 1).text().equals("как");
                boolean thirdParty = i > sentenceFrom && THIRD_PERSON.contains(words.get(i - 1).text())
                        && !anyIn(words, sentenceFrom, sentenceTo, STAFF);
                if (!thirdParty && (simile || !objectIn(words, i + 1, Math.min(sentenceTo - 1, i + 2), NOT_STAFF_OBJECT))) {
                    rule = "угроза жизни и здоровью: «" + word + "»";
                }
            } else if (VIOLENCE_AGAINST_PERSON.contains(word)) {
                int at = objectAt(words, Math.max(sentenceFrom, i - 3), Math.min(sentenceTo, i + 4), PERSON, i);
                if (at >= 0) {
                    rule = "угроза расправой: «" + word + "» + лицо";
                    end = Math.max(end, at);
                }
            } else if (DESTRUCTION.contains(word)) {
                int at = objectAt(words, Math.max(sentenceFrom, i - 2), Math.min(sentenceTo, i + 4), PERSON, i);
                if (at < 0) {
                    at = objectAt(words, Math.max(sentenceFrom, i - 2), Math.min(sentenceTo, i + 4), PLACE, i);
                }
                if (at >= 0) {
                    rule = "угроза поджогом или взрывом: «" + word + "»";
                    end = Math.max(end, at);
                }
            } else if (PHRASE_STARTS.contains(word)) {
                for (Phrase p : PHRASES) {
                    int last = matchPhrase(words, i, sentenceTo, p);
                    if (last >= 0) {
                        rule = "угроза: " + p.rule();
                        end = last;
                        break;
                    }
                }
            }
            if (rule == null) {
                continue;
            }
            boolean negated = i > sentenceFrom && words.get(i - 1).text().equals("не");
            boolean lawful = anyIn(words, end + 1, Math.min(sentenceTo, end + 3), LAWFUL);
            if (negated || lawful || w.quoted() || anyIn(words, sentenceFrom, i, REPORTED)) {
                continue;
            }
            int start = Math.min(w.start(), words.get(end).start());
            int stop = Math.max(w.end(), words.get(end).end());
            out.add(new AbuseFinding(AbuseCategory.THREAT, text.substring(start, stop), start, stop,
                    joined(words, Math.min(i, end), Math.max(i, end)), rule, Disguise.NONE));
            i = Math.max(i, end);
        }
    }

    private static int matchPhrase(List<Word> words, int i, int sentenceTo, Phrase p) {
        if (!p.slots().get(0).contains(words.get(i).text())) {
            return -1;
        }
        int at = i;
        for (int s = 1; s < p.slots().size(); s++) {
            int found = -1;
            for (int k = at + 1; k <= Math.min(sentenceTo - 1, at + 3) && k < words.size(); k++) {
                if (p.slots().get(s).contains(words.get(k).text())) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            at = found;
        }
        return at;
    }

    private static boolean objectIn(List<Word> words, int from, int to, WordSet set) {
        for (int k = from; k <= to && k < words.size(); k++) {
            if (set.contains(words.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static int objectAt(List<Word> words, int from, int to, WordSet set, int skip) {
        for (int k = from; k <= to && k < words.size(); k++) {
            if (k != skip && set.contains(words.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean anyIn(List<Word> words, int from, int to, WordSet set) {
        for (int k = from; k < to && k < words.size(); k++) {
            if (set.contains(words.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * «я вас у б ь ю», «вы д е б и л ы»: one-letter words in a row that spell a word the
     * dictionary knows are read as that word, so threats and insults are found in them too.
     */
    private List<Word> joinSpacedWords(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j < words.size() && words.get(j).text().length() == 1
                    && (j == i || words.get(j).start() - words.get(j - 1).end() <= 3
                    && words.get(j).sentence() == words.get(i).sentence())) {
                j++;
            }
            if (j - i >= 3 && j - i <= 20) {
                StringBuilder joined = new StringBuilder();
                for (int k = i; k < j; k++) {
                    joined.append(words.get(k).text());
                }
                if (morphology.knows(joined.toString())) {
                    Word first = words.get(i);
                    out.add(new Word(first.start(), words.get(j - 1).end(), joined.toString(), first.sentence(),
                            first.capitalised(), first.sentenceStart(), first.quoted(), false));
                    i = j;
                    continue;
                }
            }
            // each run is tried once as a whole, so a long run of letters costs one look-up
            int next = Math.max(j, i + 1);
            out.addAll(words.subList(i, next));
            i = next;
        }
        return out;
    }

    /** Whether a verb in the stretch speaks to «you» («верните», «ответьте», «сидите»). */
    private boolean speaksToYou(List<Word> words, int from, int to) {
        for (int k = from; k < to && k < words.size(); k++) {
            String w = words.get(k).text();
            if (w.length() > 4 && w.endsWith("те")) {
                for (RussianMorphology.Lemma l : morphology.lemmas(w)) {
                    if (l.isVerb() && (l.tag().contains("P2") || l.tag().contains("IMP"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** For each word, the index one past the last word of its sentence; one backward pass. */
    static int[] sentenceEnds(List<Word> words) {
        int[] ends = new int[words.size()];
        for (int k = words.size() - 1; k >= 0; k--) {
            boolean last = k == words.size() - 1 || words.get(k + 1).sentence() != words.get(k).sentence();
            ends[k] = last ? k + 1 : ends[k + 1];
        }
        return ends;
    }

    private static String joined(List<Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words.get(k).text());
        }
        return sb.toString();
    }
}
