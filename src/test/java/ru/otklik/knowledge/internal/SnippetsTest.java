package ru.otklik.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void matchingWordsBecomeMarkElementsAndTheTextIsEscaped() {
        assertThat(Snippets.toHtml("Земельный участок <script>alert('x')</script> & \"кавычки\"", Set.of("земельный", "script")))
                .isEqualTo("<mark>Земельный</mark> участок &lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/<mark>script</mark>&gt; &amp; &quot;кавычки&quot;");
    }

    @Test
    void onlyWholeWordsAreMarkedWhateverTheirCase() {
        assertThat(Snippets.toHtml("УЧАСТОК, участки и подучасток", Set.of("участок", "участки")))
                .isEqualTo("<mark>УЧАСТОК</mark>, <mark>участки</mark> и подучасток");
    }

    @Test
    void longTextShowsTheDensestMatchesInTwoFragmentsInTextOrder() {
        String filler = words("слово", 60);
        String text = "Начало. " + filler + " аренда участка и аренда земли. " + filler + " выкуп участка. " + filler + " конец.";

        String snippet = Snippets.toHtml(text, Set.of("аренда", "участка", "выкуп"));

        assertThat(snippet).contains("<mark>аренда</mark> <mark>участка</mark> и <mark>аренда</mark> земли")
                .contains(" … ")
                .contains("<mark>выкуп</mark> <mark>участка</mark>")
                .doesNotContain("Начало", "конец");
        assertThat(snippet.indexOf("аренда")).isLessThan(snippet.indexOf("выкуп"));
        assertThat(snippet.split(" … ")).hasSize(2)
                .allSatisfy(fragment -> assertThat(fragment.split(" ")).hasSizeLessThanOrEqualTo(Snippets.MAX_WORDS));
    }

    @Test
    void textWithoutMatchesShowsItsBeginning() {
        String snippet = Snippets.toHtml("Вопрос?\nОтвет: " + words("слово", 100), Set.of("аренда"));

        assertThat(snippet).startsWith("Вопрос? Ответ: слово0 слово1").doesNotContain("<mark>", "слово40");
        assertThat(Snippets.toHtml(null, Set.of())).isEmpty();
    }

    private static String words(String word, int count) {
        return IntStream.range(0, count).mapToObj(i -> word + i).collect(Collectors.joining(" "));
    }
}
