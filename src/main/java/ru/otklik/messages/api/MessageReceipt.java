package ru.otklik.messages.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.messages.MessageStatus;

/** What the client gets back at once: the registration number and the term of the answer. */
@Schema(name = "MessageReceipt", description = "Квитанция о регистрации обращения")
public record MessageReceipt(
        @Schema(description = "Идентификатор обращения") UUID id,
        @Schema(description = "Регистрационный номер", examples = "2026-000123") String registrationNumber,
        @Schema(description = "Когда обращение получено (время Новосибирска)", examples = "2026-11-27T15:00:00+07:00") OffsetDateTime receivedAt,
        @Schema(description = "Срок ответа по существу", examples = "2026-12-28T15:00:00+07:00") OffsetDateTime dueAt,
        @Schema(description = "Состояние обращения") MessageStatus status,
        @Schema(description = "Код доступа к странице статуса обращения без входа. Показывается один раз: сохраните его",
                examples = "7KQ2MX9RTA") String accessCode) {
}
