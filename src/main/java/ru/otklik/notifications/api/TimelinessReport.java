package ru.otklik.notifications.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.notifications.NotificationKind;

/**
 * How notices with a term of their own kept it, counted per notice: a notice sent on several
 * channels or re-routed counts once, as delivered when its first channel accepted it.
 */
@Schema(name = "NotificationTimelinessReport", description = "Соблюдение сроков уведомлений (§9, §10) за период, по уведомлениям")
public record TimelinessReport(
        @Schema(description = "Начало периода (срок уведомления не раньше)") OffsetDateTime from,
        @Schema(description = "Конец периода (срок уведомления раньше)") OffsetDateTime to,
        @Schema(description = "Вид уведомлений; пусто — все виды со сроком", examples = "primary_response") NotificationKind kind,
        @Schema(description = "Уведомлений со сроком в периоде", examples = "120") long total,
        @Schema(description = "Переданы в срок", examples = "117") long onTime,
        @Schema(description = "Переданы после срока", examples = "2") long late,
        @Schema(description = "Срок прошёл, не переданы", examples = "1") long overdue,
        @Schema(description = "Не переданы, срок ещё не наступил", examples = "0") long waiting) {
}
