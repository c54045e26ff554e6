package ru.otklik.messages.api;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.messages.MessageEventKind;

/** One step of a message's story. */
@Schema(name = "MessageEvent", description = "Шаг истории обращения")
public record MessageEventView(
        @Schema(description = "Номер шага") long id,
        @Schema(description = "Когда") OffsetDateTime occurredAt,
        @Schema(description = "Кто; system — сама система", examples = "ivan.executor") String actor,
        @Schema(description = "Что произошло") MessageEventKind kind,
        @Schema(description = "Подробности шага") Map<String, Object> details) {
}
