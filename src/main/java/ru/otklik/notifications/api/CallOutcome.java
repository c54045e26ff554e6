package ru.otklik.notifications.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a call went. */
@Schema(name = "CallOutcome", description = "Итог звонка")
public record CallOutcome(
        @NotNull(message = "Укажите итог звонка")
        @Pattern(regexp = "reached|unreachable", message = "Итог — reached или unreachable")
        @Schema(description = "reached — дозвонились и передали; unreachable — не дозвонились", required = true,
                examples = "reached", enumeration = { "reached", "unreachable" }) String outcome,
        @Size(max = 1000, message = "Не длиннее 1000 символов")
        @Schema(description = "Заметка", examples = "Клиент всё понял, вопросов нет", maxLength = 1000) String note) {
}
