package ru.otklik.notifications.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.notifications.NotificationKind;

/** A letter in the mailroom queue. */
@Schema(name = "LetterView", description = "Бумажное письмо для экспедиции")
public record LetterView(
        @Schema(description = "Идентификатор уведомления (и письма)") UUID id,
        @Schema(description = "Вид уведомления", examples = "answer") NotificationKind kind,
        @Schema(description = "Обращение") UUID messageId,
        @Schema(description = "Получатель", examples = "Иванова Мария Петровна") String recipientName,
        @Schema(description = "Почтовый адрес", examples = "630007, г. Новосибирск, ул. Кирова, д. 3, кв. 5") String address,
        @Schema(description = "Тема") String subject,
        @Schema(description = "to_print — ждёт печати и отправки; posted — отправлено", examples = "to_print") String state,
        @Schema(description = "Когда поставлено в очередь") OffsetDateTime createdAt,
        @Schema(description = "Когда отмечено отправленным") OffsetDateTime postedAt,
        @Schema(description = "Кто отметил отправку") String postedBy,
        @Schema(description = "День, когда письмо сдано на почту", examples = "2026-12-01") LocalDate postedOn,
        @Schema(description = "Почтовый идентификатор (ШПИ) заказного письма", examples = "63000712345678") String trackingNumber) {
}
