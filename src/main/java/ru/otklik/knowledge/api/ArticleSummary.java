package ru.otklik.knowledge.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.knowledge.ArticleKind;
import ru.otklik.knowledge.ArticleStatus;

/** One line of an article list. */
@Schema(name = "KnowledgeArticleSummary", description = "Строка списка статей базы знаний")
public record ArticleSummary(
        @Schema(description = "Идентификатор статьи") UUID id,
        @Schema(description = "Раздел") UUID sectionId,
        @Schema(description = "Название раздела") String sectionTitle,
        @Schema(description = "Код подразделения-владельца", examples = "land") String departmentCode,
        @Schema(description = "Вид материала") ArticleKind kind,
        @Schema(description = "Состояние") ArticleStatus status,
        @JsonProperty("public") @Schema(description = "Показывается на портале как частый вопрос") boolean isPublic,
        @Schema(description = "Заголовок") String title,
        @Schema(description = "Метки") List<String> tags,
        @Schema(description = "Номер текущей версии", examples = "3") int version,
        @Schema(description = "Когда изменена") OffsetDateTime updatedAt) {
}
