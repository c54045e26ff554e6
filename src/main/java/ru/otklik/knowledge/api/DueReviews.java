package ru.otklik.knowledge.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sections whose review (§35) is due soon or overdue, grouped by their unit. */
@Schema(name = "KnowledgeDueReviews", description = "Разделы, которые пора актуализировать, по подразделениям (§35)")
public record DueReviews(
        @Schema(description = "На какую дату составлен список") LocalDate asOf,
        @Schema(description = "Сколько дней вперёд считаются «скоро срок»", examples = "7") int withinDays,
        @Schema(description = "Подразделения, у которых есть такие разделы") List<DepartmentDue> departments) {

    @Schema(name = "KnowledgeDepartmentDue", description = "Разделы одного подразделения, которые пора проверить")
    public record DepartmentDue(
            @Schema(description = "Код подразделения", examples = "land") String departmentCode,
            @Schema(description = "Название подразделения") String departmentName,
            @Schema(description = "Просрочено разделов", examples = "1") int overdue,
            @Schema(description = "Скоро срок у разделов", examples = "2") int dueSoon,
            @Schema(description = "Разделы, самые просроченные первыми") List<SectionDue> sections) {
    }

    @Schema(name = "KnowledgeSectionDue", description = "Раздел, который пора проверить")
    public record SectionDue(
            @Schema(description = "Раздел") UUID sectionId,
            @Schema(description = "Название раздела") String title,
            @Schema(description = "Дата последней актуализации") LocalDate lastReviewedOn,
            @Schema(description = "Срок актуализации") LocalDate dueOn,
            @Schema(description = "due_soon — скоро срок, overdue — просрочено", examples = "overdue") String state,
            @Schema(description = "Дней просрочки", examples = "3") long daysOverdue) {
    }
}
