package ru.otklik.calendar.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The calendar's fallback switch. */
@Schema(name = "CalendarSettings", description = "Настройки календаря")
public record CalendarSettingsView(
        @Schema(description = "Считать сроки в незагруженных годах только по выходным (такие сроки помечаются как предварительные)",
                examples = "false") boolean fallbackEnabled,
        @Schema(description = "Когда настройку меняли", examples = "2026-11-28T12:00:00+07:00") OffsetDateTime updatedAt,
        @Schema(description = "Кто менял", examples = "admin") String updatedBy) {
}
