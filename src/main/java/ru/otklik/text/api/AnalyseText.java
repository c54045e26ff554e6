package ru.otklik.text.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text to analyse, as staff send it. */
@Schema(name = "AnalyseText", description = "Текст для анализа")
public record AnalyseText(
        @NotBlank(message = "Передайте текст для анализа")
        @Size(max = AnalyseText.MAX_LENGTH, message = "Текст — не длиннее 100 000 символов")
        @Schema(description = "Текст обращения или черновика ответа", required = true, maxLength = AnalyseText.MAX_LENGTH,
                examples = "Прошу срочно продлить договор аренды участка, срок истекает 15 декабря.")
        String text,

        @NotNull(message = "Укажите вид текста: incoming или draft")
        @Schema(description = "Вид текста: входящее обращение или черновик ответа", required = true, examples = "incoming")
        TextKind kind,

        @Schema(description = "Когда обращение получено; от этого момента считаются «завтра», «через неделю». "
                + "По умолчанию — сейчас", examples = "2026-11-28T03:00:00Z")
        Instant receivedAt,

        @Schema(description = "Клиент уже писал по этому вопросу (из истории обращений, §8)", examples = "false")
        Boolean repeated) {

    public static final int MAX_LENGTH = 100_000;
}
