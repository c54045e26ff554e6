package ru.otklik.notifications.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.notifications.CallWindow;
import ru.otklik.notifications.NotificationKind;

/** A call staff have to make to deliver a notice by phone. */
@Schema(name = "CallTaskView", description = "Звонок клиенту для передачи уведомления")
public record CallTaskView(
        @Schema(description = "Идентификатор уведомления (и звонка)") UUID id,
        @Schema(description = "Вид уведомления", examples = "callback_promise") NotificationKind kind,
        @Schema(description = "Обращение") UUID messageId,
        @Schema(description = "Клиент", examples = "Иванова Мария Петровна") String clientName,
        @Schema(description = "Телефон E.164", examples = "+79131234567") String phone,
        @Schema(description = "Удобное клиенту время (§27)") List<CallWindow> windows,
        @Schema(description = "Удобное время словами", examples = "рабочие дни, 10:00–12:00") String windowsText,
        @Schema(description = "Что сказать клиенту") String script,
        @Schema(description = "open — позвонить; reached — дозвонились; unreachable — не дозвонились", examples = "open") String state,
        @Schema(description = "Когда поставлен") OffsetDateTime createdAt,
        @Schema(description = "Когда закрыт") OffsetDateTime closedAt,
        @Schema(description = "Кто закрыл") String closedBy,
        @Schema(description = "Заметка сотрудника") String note) {
}
