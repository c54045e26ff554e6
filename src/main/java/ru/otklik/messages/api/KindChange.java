package ru.otklik.messages.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.messages.MessageKind;

/** A correction of the kind a message was registered with. */
@Schema(name = "KindChange", description = "Изменение вида обращения")
public record KindChange(
        @NotNull(message = "Выберите вид обращения")
        @Schema(description = "Вид обращения (§2)", required = true, examples = "complaint")
        MessageKind kind) {
}
