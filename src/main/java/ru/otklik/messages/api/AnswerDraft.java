package ru.otklik.messages.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A knowledge-base answer template filled in for one message (§13). */
@Schema(name = "AnswerDraft", description = "Черновик ответа из шаблона базы знаний")
public record AnswerDraft(
        @Schema(description = "Статья-шаблон") UUID articleId,
        @Schema(description = "Заголовок статьи") String title,
        @Schema(description = "Текст с подставленными данными") String text,
        @Schema(description = "Подстановки, для которых данных нет: остались в тексте как {{имя}}") List<String> unfilled) {
}
