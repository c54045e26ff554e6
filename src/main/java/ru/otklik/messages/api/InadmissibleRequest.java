package ru.otklik.messages.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** §9: the message is not considered on the merits. */
@Schema(name = "InadmissibleRequest", description = "Признать обращение недопустимым (§9)")
public record InadmissibleRequest(
        @NotNull(message = "Укажите причину")
        @Pattern(regexp = "abuse|threat|no_text", message = "Допустимо: abuse, threat, no_text")
        @Schema(description = "Причина: оскорбления или брань, угрозы, нет текста", required = true,
                enumeration = { "abuse", "threat", "no_text" }, examples = "abuse") String reason,
        @Size(max = 2000, message = "Не длиннее 2000 символов")
        @Schema(description = "Пояснение для истории") String comment,
        @Schema(description = "Версия обращения, которую видел сотрудник", examples = "2") Long version) {
}
