package ru.otklik.text.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import ru.otklik.text.lang.RussianMorphology;

/** §7 topic and need suggestion from lemmas, and learning from staff corrections. */
class CentroidTopicSuggesterTest {

    private final CentroidTopicSuggester suggester = CentroidTopicSuggester.withSeeds(RussianMorphology.get());

    @Test
    void inflectedWordsPointToTheirTopicThroughLemmas() {
        List<TopicSuggestion> got = suggester.suggest("Многодетным семьям положены бесплатные участки? Мы в очереди третий год.", 3);
        assertThat(got).isNotEmpty();
        assertThat(got.get(0).topic().code()).isEqualTo("land.free");
        assertThat(got.get(0).topic().need()).contains("Бесплатное");
        assertThat(got.get(0).evidence()).contains("многодетный");
    }

    @Test
    void atMostThreeSuggestionsWithConfidencesThatAddUpToAtMostOne() {
        List<TopicSuggestion> got = suggester.suggest("Кадастровая стоимость земельного участка завышена, хочу её оспорить.", 3);
        assertThat(got).hasSizeLessThanOrEqualTo(3);
        assertThat(got.get(0).topic().code()).isEqualTo("land.cadastral-value");
        assertThat(got.stream().mapToDouble(TopicSuggestion::confidence).sum()).isLessThanOrEqualTo(1.0001);
        assertThat(got.get(0).confidence()).isGreaterThan(0.5);
        for (int i = 1; i < got.size(); i++) {
            assertThat(got.get(i).confidence()).isLessThanOrEqualTo(got.get(i - 1).confidence());
        }
    }

    @Test
    void aStaffCorrectionChangesTheNextSuggestion() {
        String text = "Хочу поставить пасеку на краю леса";
        String before = suggester.suggest(text, 1).stream().map(s -> s.topic().code()).findFirst().orElse("none");
        assertThat(before).isNotEqualTo("land.lease");
        suggester.learn("Прошу разрешить поставить пасеку на краю леса", "land.lease");
        assertThat(suggester.suggest(text, 1).get(0).topic().code()).isEqualTo("land.lease");
    }

    @Test
    void textWithNothingToGoOnGetsNoSuggestion() {
        assertThat(suggester.suggest("", 3)).isEmpty();
        assertThat(suggester.suggest("12345 !!!", 3)).isEmpty();
        assertThat(suggester.suggest(null, 3)).isEmpty();
    }

    @Test
    void unknownTopicCannotBeLearned() {
        assertThatThrownBy(() -> suggester.learn("текст", "no.such.topic")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void taxonomyCoversLandAndPropertyFunctions() {
        assertThat(suggester.taxonomy()).extracting(Topic::code)
                .contains("land.lease", "land.purchase", "land.free", "land.boundaries", "land.cadastral-value",
                        "property.lease", "property.privatisation");
    }
}
