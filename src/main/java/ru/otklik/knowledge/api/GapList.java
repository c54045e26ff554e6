package ru.otklik.knowledge.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Open knowledge base gaps, largest first, with when they were computed. */
@Schema(name = "KnowledgeGapList", description = "Пробелы базы знаний: самые частые первыми")
public record GapList(
        @Schema(description = "Когда список пересчитан") OffsetDateTime computedAt,
        @Schema(description = "Сколько последних дней вопросов учтено", examples = "30") int days,
        @Schema(description = "Порог релевантности: вопрос без ответа выше порога считается пробелом", examples = "0.3") double threshold,
        @Schema(description = "Группы вопросов") List<GapView> gaps) {
}
