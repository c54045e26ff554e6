package ru.otklik.notifications.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.notifications.NotificationKind;

/** A notice in the client's portal inbox. */
@Schema(name = "PortalNotification", description = "Уведомление в личном кабинете")
public record PortalNotification(
        @Schema(description = "Идентификатор") UUID id,
        @Schema(description = "Вид", examples = "primary_response") NotificationKind kind,
        @Schema(description = "Обращение, к которому относится") UUID messageId,
        @Schema(description = "Тема", examples = "Обращение № 2026-000123 зарегистрировано") String subject,
        @Schema(description = "Текст") String text,
        @Schema(description = "Когда пришло") OffsetDateTime receivedAt,
        @Schema(description = "Прочитано") boolean read) {
}
