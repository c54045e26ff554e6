package ru.otklik.calendar.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A loaded year without its days, for the list of years. */
@Schema(name = "CalendarYearSummary", description = "Загруженный год без списка дней")
public record CalendarYearSummary(
        @Schema(description = "Год", examples = "2026") int year,
        @Schema(description = "Постановление о переносе выходных", examples = "Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»") String decree,
        @Schema(description = "Версия года", examples = "1") int version,
        @Schema(description = "Рабочих дней в году", examples = "247") int workingDays) {
}
