package ru.otklik.messages.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the status page asks for: the number from the receipt and the secret code given with it. */
@Schema(name = "StatusQuery", description = "Запрос статуса обращения без входа")
public record StatusQuery(
        @NotBlank(message = "Укажите регистрационный номер обращения")
        @Pattern(regexp = "\\s*\\d{4}-\\d{6}\\s*", message = "Номер обращения выглядит так: 2026-000123")
        @Schema(description = "Регистрационный номер", required = true, examples = "2026-000123", maxLength = 20)
        String registrationNumber,

        @NotBlank(message = "Укажите код доступа из квитанции")
        @Size(max = 40, message = "Код доступа — не длиннее 40 символов")
        @Schema(description = "Код доступа из квитанции о регистрации", required = true, examples = "7KQ2MX9RTA", maxLength = 40)
        String accessCode) {
}
