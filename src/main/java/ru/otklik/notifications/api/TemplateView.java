package ru.otklik.notifications.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.notifications.NotificationKind;

/** The wording of a notice kind in one version, with what it may and must contain. */
@Schema(name = "TemplateView", description = "Шаблон уведомления")
public record TemplateView(
        @Schema(description = "Вид уведомления", examples = "primary_response") NotificationKind kind,
        @Schema(description = "Пункт Порядка или закона", examples = "§10") String clause,
        @Schema(description = "Версия", examples = "2") int version,
        @Schema(description = "Тема") String subject,
        @Schema(description = "Полный текст") String body,
        @Schema(description = "Короткий текст (SMS, звонок)") String shortBody,
        @Schema(description = "Допустимые подстановки", examples = "[\"clientName\", \"registrationNumber\"]") List<String> placeholders,
        @Schema(description = "Обязательные подстановки", examples = "[\"registrationNumber\", \"dueDate\", \"ratingLink\"]") List<String> mandatory,
        @Schema(description = "Подразделение, которое ведёт шаблон (§13)", examples = "reception") String ownerDepartment,
        @Schema(description = "Название этого подразделения", examples = "приемная") String ownerDepartmentName,
        @Schema(description = "Может ли вошедший сотрудник сохранить новую версию") boolean editable,
        @Schema(description = "Замечания проверки простоты языка (§6) к этой версии") List<TemplateFinding> findings,
        @Schema(description = "Когда сохранена версия") OffsetDateTime createdAt,
        @Schema(description = "Кто сохранил") String createdBy) {
}
