package ru.otklik.clients.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.clients.Channel;
import ru.otklik.clients.ClientDetails;
import ru.otklik.clients.ClientType;
import ru.otklik.clients.ContactForChannels;
import ru.otklik.clients.FieldsForClientType;
import ru.otklik.clients.Inn;
import ru.otklik.clients.Ogrn;
import ru.otklik.clients.Phone;

/** The logged-in client's own profile; the portal account is always the caller's own. */
@FieldsForClientType
@ContactForChannels
@Schema(name = "ProfileRequest", description = "Профиль клиента, как его заполняет сам клиент")
public record ProfileRequest(
        @NotNull(message = "Выберите, кто вы: гражданин, организация или сотрудник департамента")
        @Schema(description = "Тип клиента", required = true, examples = "legal_entity")
        ClientType type,

        @NotBlank(message = "Укажите фамилию, имя, отчество или название организации")
        @Size(max = 200, message = "Не длиннее 200 символов")
        @Schema(description = "ФИО гражданина или сотрудника, название организации", required = true,
                examples = "ООО «Сибирский участок»", maxLength = 200)
        String name,

        @Size(max = 200, message = "Не длиннее 200 символов")
        @Schema(description = "Подразделение департамента — только для внутреннего клиента (§1)",
                examples = "Отдел бухгалтерского учёта", maxLength = 200)
        String unitName,

        @Inn
        @Schema(description = "ИНН: 10 цифр у организации, 12 у предпринимателя", examples = "7707083893", maxLength = 12)
        String inn,

        @Ogrn
        @Schema(description = "ОГРН (13 цифр) или ОГРНИП (15 цифр)", examples = "1027700132195", maxLength = 15)
        String ogrn,

        @Email(message = "Проверьте адрес электронной почты")
        @Size(max = 254, message = "Не длиннее 254 символов")
        @Schema(description = "Адрес электронной почты", examples = "office@example.org", maxLength = 254)
        String email,

        @Size(max = 32, message = "Не длиннее 32 символов")
        @Phone
        @Schema(description = "Телефон; российский номер можно писать с 8 или +7", examples = "+7 913 123-45-67", maxLength = 32)
        String phone,

        @Size(max = 500, message = "Не длиннее 500 символов")
        @Schema(description = "Почтовый адрес", examples = "630007, г. Новосибирск, ул. Кирова, д. 3", maxLength = 500)
        String postalAddress,

        @NotNull(message = "Выберите, как сообщать вам ответы")
        @Schema(description = "Основной канал связи (§3)", required = true, examples = "email")
        Channel preferredChannel,

        @Schema(description = "Дополнительный канал для дубликата (§3)", examples = "sms")
        Channel additionalChannel) implements ClientDetails {
}
