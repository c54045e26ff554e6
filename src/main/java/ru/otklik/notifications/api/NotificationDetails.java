package ru.otklik.notifications.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification with the exact text that went out and every attempt. */
@Schema(name = "NotificationDetails", description = "Уведомление с текстом и всеми попытками доставки")
public record NotificationDetails(
        @Schema(description = "Уведомление") NotificationView notification,
        @Schema(description = "Текст, отправленный клиенту; пусто, если удалён по сроку хранения") String text,
        @Schema(description = "Версия шаблона, по которой составлен текст", examples = "1") int templateVersion,
        @Schema(description = "Попытки, по порядку") List<AttemptView> attempts) {
}
