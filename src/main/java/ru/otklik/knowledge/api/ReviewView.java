package ru.otklik.knowledge.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.knowledge.ReviewOutcome;

/** A recorded review of a section. */
@Schema(name = "KnowledgeReview", description = "Проведённая актуализация раздела")
public record ReviewView(
        @Schema(description = "Идентификатор") UUID id,
        @Schema(description = "Раздел") UUID sectionId,
        @Schema(description = "Когда проверен") OffsetDateTime reviewedAt,
        @Schema(description = "Кто проверил", examples = "m.sokolova") String reviewer,
        @Schema(description = "Итог") ReviewOutcome outcome,
        @Schema(description = "Что проверено и изменено") String notes,
        @Schema(description = "Следующий срок актуализации раздела") LocalDate nextReviewDue) {
}
