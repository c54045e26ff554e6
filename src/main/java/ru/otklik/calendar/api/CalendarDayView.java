package ru.otklik.calendar.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A non-ordinary day, as listed by a calendar year and accepted by an import. */
@Schema(name = "CalendarDay", description = "Особый день производственного календаря; обычные будни и выходные не перечисляются")
public record CalendarDayView(
        @NotNull(message = "Укажите дату")
        @Schema(description = "Дата", examples = "2026-01-01", required = true) LocalDate date,
        @NotBlank(message = "Укажите вид дня")
        @Schema(description = "Вид дня: holiday — нерабочий праздничный (ст. 112 ТК РФ); day_off — перенесённый выходной; "
                + "working_weekend — рабочая суббота или воскресенье; shortened — предпраздничный, на час короче",
                enumeration = { "holiday", "day_off", "working_weekend", "shortened" }, examples = "holiday", required = true)
        String kind,
        @Size(max = 500, message = "Не длиннее 500 знаков")
        @Schema(description = "Пояснение", examples = "Новогодние каникулы") String note) {
}
