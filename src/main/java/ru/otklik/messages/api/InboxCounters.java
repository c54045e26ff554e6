package ru.otklik.messages.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The numbers over the staff inbox. */
@Schema(name = "InboxCounters", description = "Счётчики входящих")
public record InboxCounters(
        @Schema(description = "Обращений в каждом состоянии") Map<String, Long> byStatus,
        @Schema(description = "Просрочено: срок прошёл, ответа нет") long overdue,
        @Schema(description = "Срок сегодня") long dueToday,
        @Schema(description = "Мои: назначены вызывающему и ещё в работе") long mine) {
}
