package ru.otklik.text.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.otklik.text.lang.RussianMorphology;

/** §9 screening: disguises, morphology, traps, and hostile input. Runs without Quarkus. */
class AbuseScreenerTest {

    private static final AbuseScreener SCREENER = new AbuseScreener(RussianMorphology.get());

    private static AbuseVerdict screen(String text) {
        return SCREENER.screen(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "хуй", "хуя", "нахуй", "похуй", "охуенно", "охуели", "нихуя", "хуйня", "хуёвый", "хули",
            "заебали", "наебали", "ебаный", "ёбаный", "уебище", "долбоёб", "выебываться", "съебались", "разъебали",
            "пизда", "пиздец", "распиздяй", "спиздили", "пиздёж", "блядь", "бля", "блять", "выблядок", "мудак",
            "залупа", "ипанутые", "заипали" })
    void obsceneRootIsFoundInEveryInflectionAndDerivative(String word) {
        AbuseVerdict v = screen("Вы там " + word + " совсем");
        assertThat(v.categories()).contains(AbuseCategory.OBSCENE);
        AbuseFinding f = v.findings().stream().filter(x -> x.category() == AbuseCategory.OBSCENE).findFirst().orElseThrow();
        assertThat(f.fragment()).isEqualTo(word);
        assertThat(f.rule()).startsWith("мат");
    }

    @ParameterizedTest
    @ValueSource(strings = { "xyй", "XУЙ", "ХуЙнЯ", "пиzдец", "пи3дец", "пuздец", "еbaлом", "бл@дь", "x*й", "бл*ть",
            "по%уй", "зае%али", "х.у.й", "х-у-й", "п.и.з.д.а", "х у й", "п и з д е ц", "хууууй", "бляяяяя",
            "пи...да", "нае..ли", "е..ный", "pizdec", "blyad", "ёбаный", "3аебали", "пиздeц" })
    void disguisedObscenityIsSeenThrough(String disguised) {
        AbuseVerdict v = screen("Ну и " + disguised + " у вас тут.");
        assertThat(v.verdict()).isNotEqualTo(AbuseCategory.NONE);
        assertThat(v.categories()).contains(AbuseCategory.OBSCENE);
    }

    @Test
    void evidenceNamesTheFragmentItsOffsetsAndTheNormalisedForm() {
        String text = "Опять xyйня вместо ответа";
        AbuseFinding f = screen(text).findings().get(0);
        assertThat(f.fragment()).isEqualTo("xyйня");
        assertThat(text.substring(f.start(), f.end())).isEqualTo("xyйня");
        assertThat(f.normalised()).isEqualTo("хуйня");
        assertThat(f.disguise()).isEqualTo(Disguise.LOOKALIKE);
        assertThat(f.rule()).contains("хуй");
    }

    /** Scunthorpe traps: words that contain obscene-looking letters but are innocent. */
    static final List<String> INNOCENT = List.of(
            "оскорблять", "оскорбление", "потребитель", "потребление", "употреблять", "хлебать", "хлеб", "хлебозавод",
            "страхуй", "застрахуйте", "страхую", "страхуешь", "команда", "командир", "рубля", "корабля", "сабля",
            "сухую", "глухую", "плохую", "неплохую", "тихую", "психология", "психуй", "ребята", "ребёнок", "Хуторская",
            "хутор", "себе", "тебе", "себестоимость", "требование", "требовать", "судебный", "учебный", "служебный",
            "волшебный", "небо", "небеса", "стебель", "щебень", "гребля", "колебаться", "лебедь", "жеребец",
            "погребальный", "мандат", "мандарин", "Мандела", "мудрый", "премудрость", "мудрость", "бляха", "бляшка",
            "хуже", "худой", "похудеть", "художник", "хулиган", "хулиганство", "хула", "эпизод", "писать", "описание",
            "подписать", "педагог", "педаль", "сукно", "суккулент", "истребитель", "ослабление", "усугублять",
            "дубля", "употребляемый", "погребение", "колеблется", "скребок", "гребень", "вдребезги", "Ебола",
            "учеба", "зебра", "Глеб", "Хуанхэ", "махую", "зеленую", "ухудшение", "усугубление", "разграбление",
            "расхищение", "похищение", "трахея", "страховка", "застрахованный", "хуторской", "Манда", "Манды",
            "мандатный", "подебатировать", "дебаты", "дебет", "дебют", "требуха", "сыпь", "отребье", "небезопасно",
            "переброска", "пребывание", "добыча", "погреб", "ребро", "серебро", "обеспечение", "обед", "объект");

    @Test
    void innocentWordsWithObsceneLookingLettersPass() {
        assertThat(INNOCENT).hasSizeGreaterThanOrEqualTo(100);
        for (String word : INNOCENT) {
            assertThat(screen("Сегодня " + word + " обсуждали.").verdict()).as(word).isEqualTo(AbuseCategory.NONE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ваш департамент работает отвратительно, я буду жаловаться в прокуратуру.",
            "Подам в суд, если не получу ответа.",
            "Обращусь в прокуратуру с жалобой на бездействие.",
            "Участок находится в селе Манда Сузунского района.",
            "Прошу проверить кадастровую стоимость участка на улице Хуторской.",
            "Сосед угрожает сжечь мой дом, прошу помочь с межеванием.",
            "Соседка кричала, что убьёт мою собаку.",
            "Хочу сжечь сухую траву на участке, нужно ли разрешение?",
            "Убью весь день на очередь к вам, но документы привезу.",
            "Прибью табличку с номером дома, как требует администрация.",
            "Не держите нас за идиотов, ответьте по существу.",
            "Чувствую себя как идиот, третий раз приношу документы.",
            "Доберусь до вас на приём в четверг, если запишете.",
            "Вы бюрократы, и я это докажу в суде.",
            "Безобразие! Полгода нет ответа, это издевательство над многодетной семьёй." })
    void harshButLegitimateAppealsAreNotAbuse(String appeal) {
        assertThat(screen(appeal).verdict()).isEqualTo(AbuseCategory.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Я вас убью.", "Прирежу.", "Сожгу ваш офис.", "Вам не жить.", "Доберусь до вас.",
            "Взорву вашу контору.", "Приеду с ружьём к вашему инспектору.", "Голову оторву вашему регистратору.",
            "Я вас найду и закопаю.", "Ходите и оглядывайтесь.", "Я УБЬЮ ВАС ВСЕХ", "Я до вас доберусь.",
            "Вам не поздоровится.", "Из-под земли достану.", "Перережу вам горло.", "Порву вас, бюрократы." })
    void threatsToStaffAreThreats(String threat) {
        AbuseVerdict v = screen(threat);
        assertThat(v.verdict()).isEqualTo(AbuseCategory.THREAT);
        assertThat(v.findings()).anySatisfy(f -> assertThat(f.rule()).startsWith("угроза"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Вы идиоты.", "Дебилы в департаменте опять потеряли документы.", "Ваши сотрудники — тупые бездари.",
            "Уроды!", "Эти придурки из отдела опять всё перепутали.", "Вы дeбuлы." })
    void insultsAimedAtStaffAreInsults(String insult) {
        assertThat(screen(insult).verdict()).isEqualTo(AbuseCategory.INSULT);
    }

    @Test
    void spacedOutThreatsAndInsultsAreReadAsWords() {
        AbuseVerdict threat = screen("я вас у б ь ю, запомните");
        assertThat(threat.verdict()).isEqualTo(AbuseCategory.THREAT);
        assertThat(threat.findings().get(0).normalised()).isEqualTo("убью");
        assertThat(screen("Вы д е б и л ы.").verdict()).isEqualTo(AbuseCategory.INSULT);
    }

    @Test
    void anInsultWithAVerbSpokenToStaffIsAimedAtThem() {
        assertThat(screen("Твари, верните мои документы!").verdict()).isEqualTo(AbuseCategory.INSULT);
        assertThat(screen("Соседи — уроды, сломали забор.").verdict()).isEqualTo(AbuseCategory.NONE);
        assertThat(screen("Вы знаете, мой сосед — идиот, он перенёс забор.").verdict()).isEqualTo(AbuseCategory.NONE);
        assertThat(screen("Не считайте граждан дураками, ответьте по существу.").verdict()).isEqualTo(AbuseCategory.NONE);
    }

    @Test
    void aSimileIsNoExcuseButAThirdPartyIsNotStaff() {
        assertThat(screen("Пристрелю как собаку того, кто подписал отказ.").verdict()).isEqualTo(AbuseCategory.THREAT);
        assertThat(screen("Если сосед не уберёт забор, я его убью.").verdict()).isEqualTo(AbuseCategory.NONE);
        assertThat(screen("Подожгу вашу приёмную.").verdict()).isEqualTo(AbuseCategory.THREAT);
        assertThat(screen("Если ваш инспектор ещё раз придёт, я его убью.").verdict()).isEqualTo(AbuseCategory.THREAT);
    }

    @Test
    void theMostSeriousCategoryWinsAndAllAreListed() {
        AbuseVerdict v = screen("Заебали, идиоты! Я вас убью.");
        assertThat(v.verdict()).isEqualTo(AbuseCategory.THREAT);
        assertThat(v.categories()).containsExactly(AbuseCategory.OBSCENE, AbuseCategory.INSULT, AbuseCategory.THREAT);
        assertThat(v.inadmissible()).isTrue();
    }

    @Test
    void emptyAndBlankTextIsClean() {
        assertThat(screen("")).isEqualTo(AbuseVerdict.CLEAN);
        assertThat(screen("   \n\t")).isEqualTo(AbuseVerdict.CLEAN);
        assertThat(screen(null)).isEqualTo(AbuseVerdict.CLEAN);
    }

    @Test
    void aMegabyteOfTextGetsAVerdictWithBoundedEvidence() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("Прошу предоставить участок в аренду х*й пи...да ").append("аааа.....ббб***ввв ");
        }
        AbuseVerdict v = screen(sb.toString());
        assertThat(v.verdict()).isEqualTo(AbuseCategory.OBSCENE);
        assertThat(v.findings()).hasSizeLessThanOrEqualTo(AbuseScreener.MAX_FINDINGS);
    }

    @Test
    void oneEndlessSentenceAndOneEndlessWordAreHandled() {
        String run = "убью ".repeat(100_000);
        assertThat(screen(run).verdict()).isEqualTo(AbuseCategory.THREAT);
        String word = "х".repeat(500_000) + "уй" + "*.".repeat(200_000);
        assertThat(screen(word).verdict()).isEqualTo(AbuseCategory.NONE);
    }

    @Test
    void binaryJunkAndMixedScriptsGetAVerdict() {
        Random random = new Random(42);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            junk.append((char) random.nextInt(0x3000));
        }
        assertThat(screen(junk.toString()).verdict()).isNotNull();
        assertThat(screen("Hello 你好 مرحبا Привет שלום xyz123 \u0000\uFFFF").verdict()).isEqualTo(AbuseCategory.NONE);
    }
}
