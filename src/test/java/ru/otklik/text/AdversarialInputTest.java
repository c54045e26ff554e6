package ru.otklik.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.otklik.text.abuse.AbuseScreener;
import ru.otklik.text.lang.RussianMorphology;
import ru.otklik.text.plain.PlainLanguageChecker;
import ru.otklik.text.topic.CentroidTopicSuggester;
import ru.otklik.text.urgency.UrgencyDetector;

/**
 * Inputs built to hit the worst case of each analyser's patterns (long runs of the characters
 * a pattern repeats over, near-misses of every cue, no sentence ends): every analyser still
 * answers, which it could not do if any pattern backtracked catastrophically.
 */
class AdversarialInputTest {

    private static final RussianMorphology MORPHOLOGY = RussianMorphology.get();
    private static final AbuseScreener ABUSE = new AbuseScreener(MORPHOLOGY);
    private static final UrgencyDetector URGENCY = new UrgencyDetector();
    private static final PlainLanguageChecker PLAIN = new PlainLanguageChecker(MORPHOLOGY);
    private static final CentroidTopicSuggester TOPICS = CentroidTopicSuggester.withSeeds(MORPHOLOGY);

    static List<String> hostile() {
        return List.of(
                "1.".repeat(200_000),
                "1.1.1.1 ".repeat(50_000),
                "срок ".repeat(100_000) + "истекает",
                "срок , , , , , а а а а ".repeat(20_000),
                "п. 1 ".repeat(80_000) + "ЗК РФ",
                "Федерального закона " + "а".repeat(100_000) + " №",
                "ст. 39.16, п. 2, пп. 3, ч. 4, ".repeat(20_000),
                "через через через ".repeat(50_000),
                "в соответствии с в связи с ".repeat(30_000),
                "х*".repeat(200_000) + "й",
                "х у ".repeat(150_000),
                "*".repeat(500_000),
                ".-.-".repeat(200_000),
                "ёёёёё".repeat(100_000),
                " ".repeat(1_000_000),
                "\n".repeat(500_000),
                "а".repeat(1_000_000),
                "на на на по по по за за за ".repeat(30_000) + "хуй",
                "вам не вам не вам не ".repeat(40_000),
                "12 декабря 12 декабря ".repeat(40_000));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void everyAnalyserAnswersOnHostileInput(String text) {
        Instant now = Instant.parse("2026-11-28T03:00:00Z");
        assertThat(ABUSE.screen(text).findings()).hasSizeLessThanOrEqualTo(50);
        assertThat(URGENCY.detect(text, now, false).cues()).hasSizeLessThanOrEqualTo(40);
        assertThat(PLAIN.check(text).issues()).hasSizeLessThanOrEqualTo(101);
        assertThat(TOPICS.suggest(text, 3)).hasSizeLessThanOrEqualTo(3);
    }
}
