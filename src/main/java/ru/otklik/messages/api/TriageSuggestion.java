package ru.otklik.messages.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the analysers suggested at registration, each with the evidence staff need to check it:
 * up to three topics (§7), urgency (§8), the abuse screening (§9) and the unit that usually
 * handles the first topic. Stored with the message as it was, so later learning does not rewrite it.
 */
@Schema(name = "TriageSuggestion", description = "Подсказки разбора обращения с объяснениями (§7–§9)")
public record TriageSuggestion(
        @Schema(description = "До трёх тем, самая вероятная первой") List<TopicOption> topics,
        @Schema(description = "Срочность (§8)") UrgencyHint urgency,
        @Schema(description = "Проверка на оскорбления и угрозы (§9)") AbuseHint abuse,
        @Schema(description = "Подразделение, которое обычно отвечает по первой теме", examples = "land") String departmentCode) {

    @Schema(name = "TopicOption", description = "Предлагаемая тема")
    public record TopicOption(
            @Schema(description = "Код темы", examples = "land.lease") String code,
            @Schema(description = "Тема", examples = "Земельные участки") String topic,
            @Schema(description = "Типовая потребность") String need,
            @Schema(description = "Уверенность от 0 до 1", examples = "0.82") double confidence,
            @Schema(description = "Слова текста, указавшие на тему") List<String> evidence,
            @Schema(description = "Подразделение для этой темы", examples = "land") String departmentCode) {
    }

    @Schema(name = "UrgencyHint", description = "Признаки срочности")
    public record UrgencyHint(
            @Schema(description = "Похоже на срочное") boolean urgent,
            @Schema(description = "Последний день, когда ответ ещё полезен (если назван в тексте)", examples = "2026-12-14") String answerBy,
            @Schema(description = "Почему") List<Reason> reasons) {
    }

    @Schema(name = "UrgencyHintReason", description = "Признак срочности")
    public record Reason(
            @Schema(description = "Вид признака", enumeration = { "date", "word", "repeated" }) String kind,
            @Schema(description = "Фрагмент текста", examples = "до 15 декабря") String fragment,
            @Schema(description = "Объяснение", examples = "суд") String reason,
            @Schema(description = "Дата из признака", examples = "2026-12-15") String date) {
    }

    @Schema(name = "AbuseHint", description = "Вердикт проверки §9 и фрагменты")
    public record AbuseHint(
            @Schema(description = "Самая серьёзная категория", enumeration = { "none", "obscene", "insult", "threat" }) String verdict,
            @Schema(description = "Найденные фрагменты") List<Fragment> fragments) {
    }

    @Schema(name = "AbuseHintFragment", description = "Фрагмент, из-за которого вынесен вердикт")
    public record Fragment(
            @Schema(description = "Категория", enumeration = { "obscene", "insult", "threat" }) String category,
            @Schema(description = "Как написано") String fragment,
            @Schema(description = "Как читается без маскировки") String normalised,
            @Schema(description = "Сработавшее правило") String rule) {
    }
}
