package ru.otklik.calendar.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new kind for one day of a loaded year. */
@Schema(name = "DayEdit", description = "Новый вид одного дня")
public record DayEdit(
        @NotBlank(message = "Укажите вид дня")
        @Schema(description = "Вид дня", enumeration = { "holiday", "day_off", "working_weekend", "shortened" },
                examples = "day_off", required = true) String kind,
        @Size(max = 500, message = "Не длиннее 500 знаков")
        @Schema(description = "Пояснение", examples = "Перенос выходного по постановлению") String note) {
}
