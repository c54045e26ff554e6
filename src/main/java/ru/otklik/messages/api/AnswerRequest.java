package ru.otklik.messages.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer on the merits or a refusal (§13–§16). */
@Schema(name = "AnswerRequest", description = "Ответ по существу или отказ")
public record AnswerRequest(
        @NotNull(message = "Укажите вид ответа")
        @Pattern(regexp = "answer|refusal", message = "Допустимо: answer, refusal")
        @Schema(description = "Ответ или отказ", required = true, enumeration = { "answer", "refusal" }, examples = "answer") String kind,
        @NotBlank(message = "Напишите текст ответа") @Size(max = 20000, message = "Не длиннее 20 000 символов")
        @Schema(description = "Текст ответа", required = true) String text,
        @Size(max = 10000, message = "Не длиннее 10 000 символов")
        @Schema(description = "Основания отказа простыми словами (§14); обязательны для отказа") String groundsPlain,
        @Schema(description = "Версия обращения, которую видел сотрудник", examples = "2") Long version) {
}
