package ru.otklik.calendar.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole year for import, in the same shape as the files shipped in {@code calendar/ru/}. */
@Schema(name = "CalendarImport", description = "Год производственного календаря для импорта (JSON)")
public record CalendarImport(
        @NotNull(message = "Укажите год")
        @Schema(description = "Год; должен совпадать с годом в адресе", examples = "2026", required = true) Integer year,
        @Size(max = 500, message = "Не длиннее 500 знаков")
        @Schema(description = "Постановление о переносе выходных",
                examples = "Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»") String decree,
        @Schema(description = "Какие источники сверены и какие расхождения найдены") List<String> sources,
        @NotNull(message = "Перечислите особые дни")
        @Size(max = 366, message = "Не больше 366 дней")
        @Schema(description = "Все особые дни года", required = true) List<@NotNull(message = "Пустой элемент") @Valid CalendarDayView> days) {
}
