package ru.otklik.messages.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact with the client to clarify the need (§12). */
@Schema(name = "ClarificationRequest", description = "Контакт с клиентом для уточнения (§12)")
public record ClarificationRequest(
        @NotNull(message = "Укажите, как связались с клиентом")
        @Pattern(regexp = "phone|email|sms|portal|post|visit", message = "Допустимо: phone, email, sms, portal, post, visit")
        @Schema(description = "Канал связи", required = true, enumeration = { "phone", "email", "sms", "portal", "post", "visit" },
                examples = "phone") String channel,
        @NotBlank(message = "Опишите, что уточняли") @Size(max = 4000, message = "Не длиннее 4000 символов")
        @Schema(description = "Что уточняли", required = true, examples = "Уточнили кадастровый номер участка") String summary,
        @NotBlank(message = "Опишите результат") @Size(max = 4000, message = "Не длиннее 4000 символов")
        @Schema(description = "Результат", required = true, examples = "Клиент пришлёт выписку из ЕГРН") String outcome,
        @Schema(description = "Когда был контакт; по умолчанию — сейчас. Только в рабочие часы департамента (§12)",
                examples = "2026-12-01T10:30:00+07:00") OffsetDateTime contactedAt,
        @Schema(description = "Ждём от клиента ответа или документов: обращение переходит в «ждём уточнения»; "
                + "false возвращает его в работу", examples = "true") Boolean awaitingClient,
        @Schema(description = "Версия обращения, которую видел сотрудник", examples = "2") Long version) {
}
