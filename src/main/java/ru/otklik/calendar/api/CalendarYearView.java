package ru.otklik.calendar.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One loaded year of the production calendar. */
@Schema(name = "CalendarYear", description = "Год производственного календаря: все особые дни и постановление, из которого они взяты")
public record CalendarYearView(
        @Schema(description = "Год", examples = "2026") int year,
        @Schema(description = "Постановление Правительства РФ о переносе выходных",
                examples = "Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»") String decree,
        @Schema(description = "Версия года: растёт с каждым импортом и правкой дня", examples = "1") int version,
        @Schema(description = "Метка версии, которую записывают рассчитанные сроки", examples = "2026.1") String calendarVersion,
        @Schema(description = "Особые дни по порядку дат") List<CalendarDayView> days) {
}
