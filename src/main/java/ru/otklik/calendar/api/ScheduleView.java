package ru.otklik.calendar.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A named weekly schedule. */
@Schema(name = "Schedule", description = "Именованный недельный график работы")
public record ScheduleView(
        @Schema(description = "Имя графика", examples = "consultation-line") String name,
        @Schema(description = "Периоды работы; промежутки между ними — перерывы") List<OpeningHours> hours) {
}
