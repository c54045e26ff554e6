package ru.otklik.messages.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff confirm or correct the triage suggestion in one call (§7–§9). */
@Schema(name = "TriageDecision", description = "Подтверждение или исправление разбора обращения")
public record TriageDecision(
        @NotBlank(message = "Выберите тему") @Size(max = 60, message = "Не длиннее 60 символов")
        @Schema(description = "Код темы классификатора (§7)", required = true, examples = "land.lease") String topicCode,
        @NotNull(message = "Укажите, срочное ли обращение")
        @Schema(description = "Срочное (§8): ответ не позже пяти рабочих дней", required = true, examples = "false") Boolean urgent,
        @NotNull(message = "Укажите результат проверки на оскорбления и угрозы")
        @Pattern(regexp = "none|obscene|insult|threat", message = "Допустимо: none, obscene, insult, threat")
        @Schema(description = "Оскорбления, брань, угрозы (§9)", required = true, enumeration = { "none", "obscene", "insult", "threat" },
                examples = "none") String abuse,
        @NotBlank(message = "Выберите подразделение") @Size(max = 40, message = "Не длиннее 40 символов")
        @Schema(description = "Код подразделения (§18)", required = true, examples = "land") String departmentCode,
        @Schema(description = "Версия обращения, которую видел сотрудник; если обращение с тех пор изменилось — 409", examples = "2")
        Long version) {
}
