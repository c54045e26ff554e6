package ru.otklik.messages.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.clients.ContactForChannels;
import ru.otklik.clients.ChannelContacts;
import ru.otklik.clients.Phone;
import ru.otklik.clients.Channel;
import ru.otklik.messages.MessageKind;

/** A written message as the client submits it on the portal or through the API. */
@ContactForChannels
@Schema(name = "SubmitMessage", description = "Новое письменное обращение")
public record SubmitMessage(
        @NotBlank(message = "Укажите ваше имя или название организации")
        @Size(max = 200, message = "Не длиннее 200 символов")
        @Schema(description = "Фамилия, имя, отчество или название организации", examples = "Иванова Мария Петровна", maxLength = 200)
        String name,

        @Email(message = "Проверьте адрес электронной почты")
        @Size(max = 254, message = "Не длиннее 254 символов")
        @Schema(description = "Адрес электронной почты", examples = "maria@example.org", maxLength = 254)
        String email,

        @Size(max = 32, message = "Не длиннее 32 символов")
        @Phone
        @Schema(description = "Телефон; российский номер можно писать с 8 или +7", examples = "+7 913 123-45-67", maxLength = 32)
        String phone,

        @Size(max = 500, message = "Не длиннее 500 символов")
        @Schema(description = "Почтовый адрес для бумажного ответа", examples = "630007, г. Новосибирск, ул. Кирова, д. 3, кв. 5", maxLength = 500)
        String postalAddress,

        @NotNull(message = "Выберите, как сообщить вам ответ")
        @Schema(description = "Канал, по которому клиент хочет получать ответы (§3)", required = true, examples = "email")
        Channel preferredChannel,

        @Schema(description = "Дополнительный канал для дубликата ответа (§3), если основной установлен законом", examples = "sms")
        Channel additionalChannel,

        @NotBlank(message = "Напишите текст обращения")
        @Size(max = 20000, message = "Текст обращения — не длиннее 20 000 символов")
        @Schema(description = "Текст обращения", examples = "Прошу разъяснить порядок предоставления земельного участка в аренду без торгов.", maxLength = 20000)
        String text,

        @Schema(description = "Вид обращения (§2); без указания — обращение (appeal)", examples = "request")
        MessageKind kind) implements ChannelContacts {
}
