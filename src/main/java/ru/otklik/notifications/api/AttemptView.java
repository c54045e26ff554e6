package ru.otklik.notifications.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery attempt in the log. */
@Schema(name = "NotificationAttemptView", description = "Попытка доставки")
public record AttemptView(
        @Schema(description = "Номер попытки", examples = "1") int attemptNo,
        @Schema(description = "Экземпляр приложения, который отправлял") String worker,
        @Schema(description = "Начало") OffsetDateTime startedAt,
        @Schema(description = "Конец") OffsetDateTime finishedAt,
        @Schema(description = "Итог: in_progress, sent, retry, failed, interrupted (прервана остановкой приложения)",
                examples = "sent") String outcome,
        @Schema(description = "Подробности: ответ канала или причина ошибки") String detail,
        @Schema(description = "Message-ID письма этой попытки") String emailMessageId) {
}
