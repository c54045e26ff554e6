package ru.otklik.knowledge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.knowledge.ReviewOutcome;

/** The result of checking a section (§35). */
@Schema(name = "KnowledgeReviewRequest", description = "Отметка об актуализации раздела (§35)")
public record ReviewRequest(
        @NotNull(message = "Укажите итог проверки")
        @Schema(description = "Итог проверки", required = true, examples = "updated")
        ReviewOutcome outcome,

        @NotBlank(message = "Опишите, что проверено и что изменено")
        @Size(max = 4000, message = "Не длиннее 4000 символов")
        @Schema(description = "Что проверено и что изменено: изменения законодательства, обратная связь, новые частые вопросы, однотипные обращения, новые решения",
                required = true, maxLength = 4000, examples = "Добавлен частый вопрос о продлении аренды; ссылки на НПА проверены.")
        String notes) {
}
