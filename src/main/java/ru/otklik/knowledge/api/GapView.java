package ru.otklik.knowledge.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A group of similar recent client questions the knowledge base does not answer well (§35). */
@Schema(name = "KnowledgeGap", description = "Группа похожих вопросов клиентов, на которые в базе знаний нет хорошего ответа: кандидат в частые вопросы (§35)")
public record GapView(
        @Schema(description = "Идентификатор") UUID id,
        @Schema(description = "Код темы классификатора (§7), если её удалось определить", examples = "land.lease") String topicCode,
        @Schema(description = "Тема и типичная потребность", examples = "Земельные участки — Аренда участка: предоставление, продление, расторжение, передача прав") String topicName,
        @Schema(description = "Подразделение, отвечающее за тему", examples = "land") String departmentCode,
        @Schema(description = "Название подразделения", examples = "отдел земельных отношений") String departmentName,
        @Schema(description = "Типичный вопрос группы, сокращённый, без персональных данных", examples = "Как продлить аренду участка под гаражом?") String title,
        @Schema(description = "Сколько вопросов в группе", examples = "4") int questionCount,
        @Schema(description = "Примеры вопросов: сокращённые, без имён, телефонов и адресов почты") List<String> examples,
        @Schema(description = "Лучшая релевантность найденного в базе знаний (ниже порога — ответа нет)", examples = "0.12") double bestScore,
        @Schema(description = "Когда задан первый вопрос группы") OffsetDateTime firstAskedAt,
        @Schema(description = "Когда задан последний вопрос группы") OffsetDateTime lastAskedAt,
        @Schema(description = "Состояние: open — ждёт решения, faq_created — частый вопрос создан, dismissed — отклонено",
                enumeration = { "open", "faq_created", "dismissed" }, examples = "open") String status,
        @Schema(description = "Созданная статья, если частый вопрос создан") UUID articleId,
        @Schema(description = "Кто решил") String resolvedBy,
        @Schema(description = "Когда решено") OffsetDateTime resolvedAt) {
}
