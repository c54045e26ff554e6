package ru.otklik.messages.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 59-FZ art. 12 part 2: the answer term is extended once, by up to 30 days. */
@Schema(name = "ExtensionRequest", description = "Продление срока ответа (один раз)")
public record ExtensionRequest(
        @NotBlank(message = "Укажите причину продления") @Size(max = 2000, message = "Не длиннее 2000 символов")
        @Schema(description = "Причина — её увидит клиент", required = true, examples = "нужен ответ из Росреестра о границах участка")
        String reason,
        @Schema(description = "Новый срок (день); не позже 30 дней после текущего срока", examples = "2027-01-27") LocalDate newDueDate,
        @Min(value = 1, message = "От 1 до 20 рабочих дней") @Max(value = 20, message = "От 1 до 20 рабочих дней")
        @Schema(description = "Или: на сколько рабочих дней продлить", examples = "10") Integer workingDays,
        @Schema(description = "Версия обращения, которую видел сотрудник", examples = "2") Long version) {
}
