package ru.otklik.notifications.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the client's inbox, with the unread count for the badge. */
@Schema(name = "MyNotifications", description = "Уведомления клиента в личном кабинете")
public record MyNotifications(
        @Schema(description = "Уведомления этой страницы, новые первыми") List<PortalNotification> items,
        @Schema(description = "Номер страницы, с нуля", examples = "0") int page,
        @Schema(description = "Записей на странице", examples = "20") int size,
        @Schema(description = "Всего уведомлений", examples = "3") long totalItems,
        @Schema(description = "Непрочитанных", examples = "1") long unread) {
}
