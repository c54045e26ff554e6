package ru.otklik.calendar.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One open range of a weekday in a weekly schedule. */
@Schema(name = "OpeningHours", description = "Часы работы в один из дней недели")
public record OpeningHours(
        @Schema(description = "День недели", enumeration = { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY" },
                examples = "MONDAY") String dayOfWeek,
        @Schema(description = "Открытие, ЧЧ:ММ", examples = "09:00") String opens,
        @Schema(description = "Закрытие, ЧЧ:ММ", examples = "18:00") String closes) {
}
