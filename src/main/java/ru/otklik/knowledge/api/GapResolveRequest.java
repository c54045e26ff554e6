package ru.otklik.knowledge.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor decided about a gap. */
@Schema(name = "KnowledgeGapResolveRequest", description = "Решение редактора по пробелу базы знаний")
public record GapResolveRequest(
        @NotNull(message = "Укажите решение")
        @Pattern(regexp = "faq_created|dismissed", message = "Решение: faq_created или dismissed")
        @Schema(description = "faq_created — частый вопрос создан (укажите статью), dismissed — отклонено",
                enumeration = { "faq_created", "dismissed" }, required = true, examples = "faq_created")
        String resolution,

        @Schema(description = "Созданная статья; обязательна для faq_created")
        UUID articleId,

        @Size(max = 1000, message = "Не длиннее 1000 символов")
        @Schema(description = "Пояснение, например почему отклонено", maxLength = 1000, examples = "Вопрос вне полномочий департамента")
        String note) {
}
