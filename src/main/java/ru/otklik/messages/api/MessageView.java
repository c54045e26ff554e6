package ru.otklik.messages.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.clients.Channel;
import ru.otklik.clients.api.ClientSummary;
import ru.otklik.messages.IntakeChannel;
import ru.otklik.messages.MessageKind;
import ru.otklik.messages.MessageStatus;

/** A message in full, for staff handling it or for the client who wrote it. */
@Schema(name = "MessageView", description = "Обращение полностью")
public record MessageView(
        @Schema(description = "Идентификатор обращения") UUID id,
        @Schema(description = "Регистрационный номер", examples = "2026-000123") String registrationNumber,
        @Schema(description = "Когда получено") OffsetDateTime receivedAt,
        @Schema(description = "Срок ответа по существу") OffsetDateTime dueAt,
        @Schema(description = "Срок предварительный: производственный календарь на этот год ещё не загружен") boolean dueProvisional,
        @Schema(description = "Состояние") MessageStatus status,
        @Schema(description = "Автор") String name,
        @Schema(description = "Электронная почта") String email,
        @Schema(description = "Телефон в формате E.164", examples = "+79131234567") String phone,
        @Schema(description = "Почтовый адрес") String postalAddress,
        @Schema(description = "Основной канал ответа") Channel preferredChannel,
        @Schema(description = "Дополнительный канал ответа") Channel additionalChannel,
        @Schema(description = "Текст обращения") String text,
        @Schema(description = "Клиент, к которому относится обращение; нет, пока не установлен") ClientSummary client,
        @Schema(description = "Вид обращения (§2)") MessageKind kind,
        @Schema(description = "Как обращение поступило") IntakeChannel intakeChannel,
        @Schema(description = "Исходящий номер и дата письма отправителя", examples = "исх. № 15 от 20.11.2026") String senderReference,
        @Schema(description = "Первичный ответ (§10) поставлен в очередь") boolean acknowledged,
        @Schema(description = "Файлы обращения") List<AttachmentView> attachments,
        @Schema(description = "Входящая переписка по обращению; только для сотрудников") List<CorrespondenceView> correspondence) {
}
