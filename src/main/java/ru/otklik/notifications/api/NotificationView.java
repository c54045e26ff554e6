package ru.otklik.notifications.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.notifications.DeliveryChannel;
import ru.otklik.notifications.NotificationKind;
import ru.otklik.notifications.NotificationStatus;
import ru.otklik.notifications.RouteRole;

/** One line of the delivery log: a notice on one channel and how its delivery went. */
@Schema(name = "NotificationView", description = "Уведомление по одному каналу и ход его доставки")
public record NotificationView(
        @Schema(description = "Идентификатор уведомления") UUID id,
        @Schema(description = "Общий идентификатор для основного канала, дубликатов и перенаправлений") UUID groupId,
        @Schema(description = "Вид уведомления", examples = "primary_response") NotificationKind kind,
        @Schema(description = "Канал", examples = "email") DeliveryChannel channel,
        @Schema(description = "Почему этим каналом: основной, дубликат (§11, §15) или перенаправление сотрудником",
                examples = "primary") RouteRole route,
        @Schema(description = "Состояние доставки", examples = "sent") NotificationStatus status,
        @Schema(description = "Обращение, к которому относится уведомление") UUID messageId,
        @Schema(description = "Получатель", examples = "Иванова Мария Петровна") String recipientName,
        @Schema(description = "Адрес в канале: почта, телефон E.164, почтовый адрес", examples = "maria@example.org") String recipient,
        @Schema(description = "Тема", examples = "Обращение № 2026-000123 зарегистрировано") String subject,
        @Schema(description = "Сделано попыток", examples = "1") int attempts,
        @Schema(description = "Попыток до отказа", examples = "12") int maxAttempts,
        @Schema(description = "Причина последней неудачи", examples = "Почтовый сервер недоступен: Connection refused") String lastError,
        @Schema(description = "Когда следующая попытка (для ожидающих)") OffsetDateTime nextAttemptAt,
        @Schema(description = "Идентификатор письма (Message-ID), одинаковый при повторах", examples = "<0b6c…@otklik>") String emailMessageId,
        @Schema(description = "Что вернул канал: номер SMS в SMS-центре, очередь писем, список звонков") String providerRef,
        @Schema(description = "К какому сроку уведомление должно уйти по Порядку (§9, §10)") OffsetDateTime dueBy,
        @Schema(description = "Соблюдён ли этот срок; пусто, если срока нет") Timeliness timeliness,
        @Schema(description = "Какое уведомление перенаправлено этим") UUID reroutedFrom,
        @Schema(description = "Создано") OffsetDateTime createdAt,
        @Schema(description = "Передано в канал") OffsetDateTime sentAt,
        @Schema(description = "Прочитано клиентом в личном кабинете") OffsetDateTime readAt) {
}
