package ru.otklik.notifications.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new wording of a notice kind; placeholders are written {name}. */
@Schema(name = "TemplateDraft", description = "Новый текст шаблона; подстановки пишутся в фигурных скобках")
public record TemplateDraft(
        @NotBlank(message = "Укажите тему") @Size(max = 300, message = "Не длиннее 300 символов")
        @Schema(description = "Тема письма и заголовок в кабинете", required = true,
                examples = "Обращение № {registrationNumber} зарегистрировано", maxLength = 300) String subject,
        @NotBlank(message = "Напишите текст") @Size(max = 20000, message = "Не длиннее 20 000 символов")
        @Schema(description = "Полный текст: письмо, кабинет, бумажное письмо", required = true,
                examples = "Здравствуйте, {clientName}!\n\nМы зарегистрировали обращение под номером {registrationNumber}. Ответ направим не позднее {dueDate}. Оцените обращение: {ratingLink}",
                maxLength = 20000) String body,
        @NotBlank(message = "Напишите короткий текст") @Size(max = 1000, message = "Не длиннее 1000 символов")
        @Schema(description = "Короткий текст: SMS и сценарий звонка", required = true,
                examples = "Обращение № {registrationNumber} зарегистрировано. Ответ — до {dueDate}. Оценка: {ratingLink}",
                maxLength = 1000) String shortBody,
        @Size(max = 40, message = "Не длиннее 40 символов")
        @Schema(description = "Подразделение (раздел базы знаний), которое ведёт шаблон (§13); менять может только администратор. "
                + "Пусто — остаётся прежнее", examples = "reception", maxLength = 40) String ownerDepartment) {
}
