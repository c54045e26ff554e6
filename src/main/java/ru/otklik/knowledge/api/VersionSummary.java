package ru.otklik.knowledge.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.knowledge.ArticleStatus;

/** One entry of an article's history: who, when, what changed. */
@Schema(name = "KnowledgeVersionSummary", description = "Версия статьи в истории изменений")
public record VersionSummary(
        @Schema(description = "Номер версии", examples = "3") int number,
        @Schema(description = "Когда создана") OffsetDateTime createdAt,
        @Schema(description = "Кто внёс изменение", examples = "m.sokolova") String author,
        @Schema(description = "Что изменилось (составляется автоматически)", examples = "Изменены: текст, метки") String changeSummary,
        @Schema(description = "Комментарий автора") String note,
        @Schema(description = "Состояние статьи в этой версии") ArticleStatus status) {
}
