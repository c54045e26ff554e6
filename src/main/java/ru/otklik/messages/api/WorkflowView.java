package ru.otklik.messages.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.messages.MessageStatus;

/** Where the work on a message stands: triage, assignment, term, and what may happen next. */
@Schema(name = "MessageWorkflow", description = "Ход работы над обращением")
public record WorkflowView(
        @Schema(description = "Идентификатор обращения") UUID id,
        @Schema(description = "Состояние") MessageStatus status,
        @Schema(description = "Версия; передаётся обратно в командах, чтобы не затереть чужую правку", examples = "2") long version,
        @Schema(description = "Подсказки разбора при регистрации") TriageSuggestion suggestion,
        @Schema(description = "Подтверждённая тема", examples = "land.lease") String topicCode,
        @Schema(description = "Срочное (§8)") boolean urgent,
        @Schema(description = "Подтверждённый результат проверки §9", examples = "none") String abuse,
        @Schema(description = "Подразделение", examples = "land") String departmentCode,
        @Schema(description = "Исполнитель", examples = "ivan.executor") String executor,
        @Schema(description = "Когда разбор подтверждён") OffsetDateTime triagedAt,
        @Schema(description = "Кто подтвердил разбор") String triagedBy,
        @Schema(description = "Срок ответа") OffsetDateTime dueAt,
        @Schema(description = "Правило срока", examples = "appeal_answer") String dueRule,
        @Schema(description = "Когда срок продлён; продлить можно один раз") OffsetDateTime extendedAt,
        @Schema(description = "Срок истёк, а ответа нет") boolean overdue,
        @Schema(description = "В какие состояния можно перейти отсюда") List<MessageStatus> nextStatuses,
        @Schema(description = "Может ли вызывающий работать с обращением") boolean workable) {
}
