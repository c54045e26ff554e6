package ru.otklik.calendar.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Turns the fallback on or off. */
@Schema(name = "CalendarSettingsUpdate", description = "Изменение настроек календаря")
public record CalendarSettingsUpdate(
        @NotNull(message = "Укажите true или false")
        @Schema(description = "Разрешить предварительный расчёт по выходным для незагруженных лет", examples = "true", required = true)
        Boolean fallbackEnabled) {
}
