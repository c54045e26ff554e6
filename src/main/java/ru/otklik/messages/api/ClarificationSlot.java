package ru.otklik.messages.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** §12: when the executor may contact the client — only in the department's working hours. */
@Schema(name = "ClarificationSlot", description = "Ближайшее рабочее время для связи с клиентом (§12)")
public record ClarificationSlot(
        @Schema(description = "Сейчас рабочее время") boolean openNow,
        @Schema(description = "Ближайший момент рабочего времени (сейчас, если открыто)") OffsetDateTime nextWorkingMoment,
        @Schema(description = "График", examples = "department-office") String schedule) {
}
