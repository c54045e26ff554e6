package ru.otklik.messages.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who works on the message: a unit and an executor in it. */
@Schema(name = "AssignmentRequest", description = "Назначение исполнителя")
public record AssignmentRequest(
        @NotBlank(message = "Выберите подразделение") @Size(max = 40, message = "Не длиннее 40 символов")
        @Schema(description = "Код подразделения", required = true, examples = "land") String departmentCode,
        @NotBlank(message = "Укажите исполнителя") @Size(max = 255, message = "Не длиннее 255 символов")
        @Schema(description = "Учётная запись исполнителя", required = true, examples = "ivan.executor") String executor,
        @Schema(description = "Версия обращения, которую видел сотрудник", examples = "2") Long version) {
}
