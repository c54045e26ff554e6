package ru.otklik.knowledge.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.knowledge.ArticleKind;
import ru.otklik.knowledge.ArticleStatus;

/** An article exactly as it was in one version. */
@Schema(name = "KnowledgeVersion", description = "Статья в одной из версий")
public record VersionView(
        @Schema(description = "Статья") UUID articleId,
        @Schema(description = "Номер версии", examples = "2") int number,
        @Schema(description = "Когда создана") OffsetDateTime createdAt,
        @Schema(description = "Кто внёс изменение") String author,
        @Schema(description = "Что изменилось") String changeSummary,
        @Schema(description = "Комментарий автора") String note,
        @Schema(description = "Раздел") UUID sectionId,
        @Schema(description = "Вид материала") ArticleKind kind,
        @Schema(description = "Состояние") ArticleStatus status,
        @JsonProperty("public") @Schema(description = "Показывалась на портале") boolean isPublic,
        @Schema(description = "Заголовок") String title,
        @Schema(description = "Вопрос") String question,
        @Schema(description = "Текст в Markdown") String body,
        @Schema(description = "Метки") List<String> tags,
        @Schema(description = "Коды тем") List<String> topics) {
}
