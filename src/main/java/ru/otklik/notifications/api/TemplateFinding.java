package ru.otklik.notifications.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place in a template's wording that is harder to read than it needs to be (§6). */
@Schema(name = "TemplateFinding", description = "Замечание проверки простоты языка к тексту шаблона (§6, §14)")
public record TemplateFinding(
        @Schema(description = "Поле шаблона", enumeration = { "subject", "body", "shortBody" }, examples = "body") String field,
        @Schema(description = "Вид замечания", enumeration = { "long_sentence", "cliche", "passive_chain",
                "unexplained_citation", "refusal_without_reason", "citation_only_refusal" }, examples = "cliche") String kind,
        @Schema(description = "error — сохранить нельзя, пока не исправлено; warning — можно сохранить, но лучше исправить",
                enumeration = { "error", "warning" }, examples = "warning") String severity,
        @Schema(description = "Фрагмент текста (подстановки заменены примерами)", examples = "в соответствии с") String fragment,
        @Schema(description = "Что не так, простыми словами", examples = "Канцелярский оборот «в соответствии с».") String message,
        @Schema(description = "Как написать проще", examples = "по, согласно — или просто объясните, что требует закон") String suggestion) {

    public boolean blocking() {
        return "error".equals(severity);
    }
}
