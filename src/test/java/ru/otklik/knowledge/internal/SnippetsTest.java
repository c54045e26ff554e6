package ru.otklik.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void marksBecomeMarkElementsAndTheTextIsEscaped() {
        assertThat(Snippets.toHtml("\u0002Земельный\u0003 участок <script>alert('x')</script> & \"кавычки\""))
                .isEqualTo("<mark>Земельный</mark> участок &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;кавычки&quot;");
    }

    @Test
    void unbalancedMarksNeverLeaveAnOpenElement() {
        assertThat(Snippets.toHtml("\u0002начало\u0002 и \u0003\u0003 конец \u0002хвост")).isEqualTo(
                "<mark>начало и </mark> конец <mark>хвост</mark>");
    }

    @Test
    void lineBreaksFoldIntoSpaces() {
        assertThat(Snippets.toHtml("Вопрос?\nОтвет.")).isEqualTo("Вопрос? Ответ.");
        assertThat(Snippets.toHtml(null)).isEmpty();
    }
}
