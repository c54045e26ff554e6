package ru.otklik.calendar.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A computed term with what it was computed from. */
@Schema(name = "Deadline", description = "Рассчитанный срок и его происхождение")
public record DeadlineView(
        @Schema(description = "Срок (время Новосибирска)", examples = "2026-03-16T15:00:00+07:00") OffsetDateTime due,
        @Schema(description = "Правило", examples = "primary_response") String rule,
        @Schema(description = "Пункт Порядка или статья закона", examples = "§10") String clause,
        @Schema(description = "Версии лет календаря, по которым считали", examples = "2026.1") String calendarVersion,
        @Schema(description = "true — часть срока посчитана без календаря (только выходные), срок предварительный", examples = "false")
        boolean provisional) {
}
