package ru.otklik.messages.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.clients.Channel;
import ru.otklik.messages.IntakeChannel;
import ru.otklik.messages.MessageKind;
import ru.otklik.messages.MessageStatus;

/** One line of the staff inbox or of a client's own list. */
@Schema(name = "InboxItem", description = "Строка списка обращений")
public record InboxItem(
        @Schema(description = "Идентификатор обращения") UUID id,
        @Schema(description = "Регистрационный номер", examples = "2026-000123") String registrationNumber,
        @Schema(description = "Когда получено") OffsetDateTime receivedAt,
        @Schema(description = "Срок ответа по существу") OffsetDateTime dueAt,
        @Schema(description = "Состояние") MessageStatus status,
        @Schema(description = "Автор", examples = "Иванова Мария Петровна") String authorName,
        @Schema(description = "Выбранный клиентом канал ответа") Channel preferredChannel,
        @Schema(description = "Начало текста, до 160 символов") String excerpt,
        @Schema(description = "Подтверждённая тема", examples = "land.lease") String topicCode,
        @Schema(description = "Срочное (§8)") boolean urgent,
        @Schema(description = "Подразделение", examples = "land") String departmentCode,
        @Schema(description = "Исполнитель", examples = "ivan.executor") String executor,
        @Schema(description = "Вид обращения (§2)") MessageKind kind,
        @Schema(description = "Как обращение поступило") IntakeChannel intakeChannel) {
}
