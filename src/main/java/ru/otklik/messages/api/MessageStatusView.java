package ru.otklik.messages.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.messages.MessageStatus;

/** What anyone with the number and the code may see: no names, contacts or text. */
@Schema(name = "MessageStatusView", description = "Статус обращения для страницы без входа")
public record MessageStatusView(
        @Schema(description = "Регистрационный номер", examples = "2026-000123") String registrationNumber,
        @Schema(description = "Текущее состояние") MessageStatus status,
        @Schema(description = "Когда обращение получено") OffsetDateTime receivedAt,
        @Schema(description = "Срок ответа по существу") OffsetDateTime dueAt,
        @Schema(description = "Смены состояния, от первой к последней") List<StatusChange> history) {

    @Schema(name = "StatusChange", description = "Смена состояния обращения")
    public record StatusChange(
            @Schema(description = "Новое состояние") MessageStatus status,
            @Schema(description = "Когда") OffsetDateTime at) {
    }
}
