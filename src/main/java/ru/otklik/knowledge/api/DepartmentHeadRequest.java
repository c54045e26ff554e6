package ru.otklik.knowledge.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the unit head's knowledge base reminders go (§35). */
@Schema(name = "DepartmentHeadRequest", description = "Адрес почты руководителя подразделения для напоминаний об актуализации (§35)")
public record DepartmentHeadRequest(
        @Email(message = "Неверный адрес почты")
        @Size(max = 254, message = "Не длиннее 254 символов")
        @Schema(description = "Адрес почты; пусто — напоминания не отправляются", examples = "land-head@example.org")
        String email) {
}
