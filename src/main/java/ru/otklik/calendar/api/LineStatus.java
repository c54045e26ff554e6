package ru.otklik.calendar.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the consultation line answers now (§19), for the portal. */
@Schema(name = "LineStatus", description = "Работает ли консультационная линия сейчас (§19)")
public record LineStatus(
        @Schema(description = "Линия сейчас работает", examples = "true") boolean open,
        @Schema(description = "Текущее время сервера", examples = "2026-03-16T10:15:00+07:00") OffsetDateTime now,
        @Schema(description = "Когда линия откроется в следующий раз", examples = "2026-03-17T09:00:00+07:00") OffsetDateTime nextOpening,
        @Schema(description = "Когда линия закроется (текущий или ближайший период работы)", examples = "2026-03-16T18:00:00+07:00")
        OffsetDateTime nextClosing,
        @Schema(description = "Часовой пояс", examples = "Asia/Novosibirsk") String timeZone,
        @Schema(description = "Обычный недельный график; в выходные и праздники линия не работает, "
                + "в предпраздничные дни закрывается на час раньше") List<OpeningHours> hours) {
}
