package ru.otklik.messages.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.clients.Phone;
import ru.otklik.clients.Channel;
import ru.otklik.clients.ChannelContacts;
import ru.otklik.clients.ContactForChannels;
import ru.otklik.messages.IntakeChannel;
import ru.otklik.messages.MessageKind;

/** A paper letter or another document that staff register from its scan (§2). */
@ContactForChannels
@Schema(name = "StaffRegistration", description = "Регистрация документа сотрудником: письмо, документ с приёма")
public record StaffRegistration(
        @Schema(description = "Как документ поступил: paper — письмо по почте, in_person — сдан на приёме, "
                + "internal — от другого подразделения; без указания — paper", examples = "paper")
        IntakeChannel intakeChannel,

        @Schema(description = "Вид обращения (§2); без указания — обращение (appeal)", examples = "complaint")
        MessageKind kind,

        @NotNull(message = "Укажите дату получения документа")
        @PastOrPresent(message = "Дата получения не может быть в будущем")
        @Schema(description = "Когда департамент получил документ; от этого момента считаются сроки", required = true,
                examples = "2026-11-27T10:30:00+07:00")
        OffsetDateTime receivedAt,

        @Size(max = 200, message = "Не длиннее 200 символов")
        @Schema(description = "Исходящий номер и дата письма отправителя", examples = "исх. № 15 от 20.11.2026", maxLength = 200)
        String senderReference,

        @NotBlank(message = "Укажите автора: фамилию, имя, отчество или название организации")
        @Size(max = 200, message = "Не длиннее 200 символов")
        @Schema(description = "Автор", examples = "Петров Сергей Иванович", maxLength = 200)
        String name,

        @Email(message = "Проверьте адрес электронной почты")
        @Size(max = 254, message = "Не длиннее 254 символов")
        @Schema(description = "Адрес электронной почты автора", maxLength = 254)
        String email,

        @Size(max = 32, message = "Не длиннее 32 символов")
        @Phone
        @Schema(description = "Телефон автора", maxLength = 32)
        String phone,

        @Size(max = 500, message = "Не длиннее 500 символов")
        @Schema(description = "Почтовый адрес автора", examples = "630099, г. Новосибирск, ул. Ленина, д. 1, кв. 2", maxLength = 500)
        String postalAddress,

        @NotNull(message = "Выберите канал ответа: тот, что указал автор, или почтовый адрес с конверта")
        @Schema(description = "Канал для ответов (§3)", required = true, examples = "post")
        Channel preferredChannel,

        @Schema(description = "Дополнительный канал (§3)")
        Channel additionalChannel,

        @NotBlank(message = "Перенесите текст или кратко изложите содержание документа")
        @Size(max = 20000, message = "Не длиннее 20 000 символов")
        @Schema(description = "Текст документа или краткое содержание", maxLength = 20000)
        String text,

        @Schema(description = "Направить первичный ответ (§10); без указания — да", examples = "true")
        Boolean acknowledge) implements ChannelContacts {
}
