package ru.otklik.knowledge.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section of the knowledge base with its owner and review state (§33, §35). */
@Schema(name = "KnowledgeSection", description = "Раздел базы знаний: функция департамента, закреплённая за подразделением")
public record SectionView(
        @Schema(description = "Идентификатор раздела") UUID id,
        @Schema(description = "Код подразделения-владельца", examples = "land") String departmentCode,
        @Schema(description = "Название подразделения-владельца", examples = "отдел земельных отношений") String departmentName,
        @Schema(description = "Название раздела", examples = "Предоставление земельных участков в аренду") String title,
        @Schema(description = "Описание") String description,
        @Schema(description = "Периодичность актуализации, месяцев (§35: не реже раза в месяц)", examples = "1") int reviewCadenceMonths,
        @Schema(description = "Дата последней актуализации; пусто, если раздел ещё не проверялся") LocalDate lastReviewedOn,
        @Schema(description = "Когда раздел нужно проверить") LocalDate nextReviewDue,
        @Schema(description = "Состояние актуализации: ok, due_soon (скоро срок), overdue (просрочено)", examples = "ok") String reviewState,
        @Schema(description = "Статей в разделе, видимых вызывающему") long articleCount,
        @Schema(description = "Может ли вызывающий править раздел и его статьи") boolean editable) {
}
