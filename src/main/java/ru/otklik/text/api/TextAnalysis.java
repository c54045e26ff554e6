package ru.otklik.text.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the analysers saw in a text, each verdict with its evidence so staff can check it.
 * Incoming messages get abuse screening, urgency and topics; drafts get abuse screening and
 * the plain-language check.
 */
@Schema(name = "TextAnalysis", description = "Результат анализа текста с доказательствами")
public record TextAnalysis(
        @Schema(description = "Вид текста") TextKind kind,
        @Schema(description = "Длина текста в символах") int length,
        @Schema(description = "Проверка на оскорбления, нецензурную брань и угрозы (§9)") Abuse abuse,
        @Schema(description = "Признаки срочности (§8); только для входящих") Urgency urgency,
        @Schema(description = "Предлагаемые темы и типовые потребности, до трёх (§7); только для входящих") List<TopicGuess> topics,
        @Schema(description = "Проверка простоты языка (§6, §14); только для черновиков") PlainLanguage plainLanguage) {

    @Schema(name = "AbuseScreening", description = "Вердикт §9 и найденные фрагменты")
    public record Abuse(
            @Schema(description = "Самая серьёзная найденная категория", enumeration = { "none", "obscene", "insult", "threat" },
                    examples = "none") String verdict,
            @Schema(description = "Обращение не рассматривается по существу, клиенту направляется уведомление (§9)") boolean inadmissible,
            @Schema(description = "Все найденные категории") List<String> categories,
            @Schema(description = "Найденные фрагменты") List<AbuseEvidence> evidence) {
    }

    @Schema(name = "AbuseEvidence", description = "Фрагмент текста, из-за которого вынесен вердикт")
    public record AbuseEvidence(
            @Schema(description = "Категория", enumeration = { "obscene", "insult", "threat" }) String category,
            @Schema(description = "Фрагмент как написан", examples = "xyйня") String fragment,
            @Schema(description = "Начало фрагмента (индекс символа UTF-16)") int start,
            @Schema(description = "Конец фрагмента, не включая") int end,
            @Schema(description = "Как фрагмент читается без маскировки", examples = "хуйня") String normalised,
            @Schema(description = "Сработавшее правило", examples = "мат: корень «хуй»") String rule,
            @Schema(description = "Маскировка", enumeration = { "none", "lookalike", "separators", "mask", "spaced", "translit" })
            String disguise) {
    }

    @Schema(name = "UrgencyCheck", description = "Срочность обращения (§8)")
    public record Urgency(
            @Schema(description = "Обращение похоже на срочное") boolean urgent,
            @Schema(description = "Последний день, когда ответ ещё полезен, если он назван в тексте", examples = "2026-12-14")
            LocalDate answerBy,
            @Schema(description = "Почему") List<UrgencyReason> reasons) {
    }

    @Schema(name = "UrgencyReason", description = "Признак срочности")
    public record UrgencyReason(
            @Schema(description = "Вид признака", enumeration = { "date", "word", "repeated" }) String kind,
            @Schema(description = "Фрагмент текста", examples = "до 15 декабря") String fragment,
            @Schema(description = "Начало фрагмента; -1, если признак не из текста") int start,
            @Schema(description = "Конец фрагмента; -1, если признак не из текста") int end,
            @Schema(description = "Дата, которую дал признак") LocalDate date,
            @Schema(description = "Объяснение", examples = "суд") String reason) {
    }

    @Schema(name = "TopicGuess", description = "Предлагаемая тема и типовая потребность (§7)")
    public record TopicGuess(
            @Schema(description = "Код в классификаторе", examples = "land.lease") String code,
            @Schema(description = "Тема", examples = "Земельные участки") String topic,
            @Schema(description = "Типовая потребность", examples = "Аренда участка: предоставление, продление, расторжение, передача прав")
            String need,
            @Schema(description = "Уверенность от 0 до 1", examples = "0.82") double confidence,
            @Schema(description = "Слова (леммы) текста, указавшие на тему") List<String> evidence) {
    }

    @Schema(name = "PlainLanguageCheck", description = "Проверка черновика на простоту языка (§6, §14)")
    public record PlainLanguage(
            @Schema(description = "Индекс удобочитаемости Флеша в адаптации И. В. Оборневой: больше — проще", examples = "54.3")
            double readability,
            @Schema(description = "Уровень сложности", examples = "средне") String level,
            @Schema(description = "Предложений") int sentences,
            @Schema(description = "Слов") int words,
            @Schema(description = "Слов в предложении в среднем") double wordsPerSentence,
            @Schema(description = "Слогов в слове в среднем") double syllablesPerWord,
            @Schema(description = "Черновик — отказ") boolean refusal,
            @Schema(description = "Отказ обоснован только ссылками на нормы: отправлять нельзя (§14)") boolean blocked,
            @Schema(description = "Замечания") List<PlainLanguageRemark> remarks) {
    }

    @Schema(name = "PlainLanguageRemark", description = "Замечание к черновику")
    public record PlainLanguageRemark(
            @Schema(description = "Вид замечания", enumeration = { "long_sentence", "cliche", "passive_chain",
                    "unexplained_citation", "refusal_without_reason" }) String kind,
            @Schema(description = "Фрагмент") String fragment,
            @Schema(description = "Начало фрагмента; -1 для замечаний ко всему тексту") int start,
            @Schema(description = "Конец фрагмента") int end,
            @Schema(description = "Что не так") String message,
            @Schema(description = "Как написать проще") String suggestion) {
    }
}
