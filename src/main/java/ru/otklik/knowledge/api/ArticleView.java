package ru.otklik.knowledge.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.knowledge.ArticleKind;
import ru.otklik.knowledge.ArticleStatus;

/** An article in full, with what the caller may do with it. */
@Schema(name = "KnowledgeArticle", description = "Статья базы знаний полностью")
public record ArticleView(
        @Schema(description = "Идентификатор статьи") UUID id,
        @Schema(description = "Раздел") UUID sectionId,
        @Schema(description = "Название раздела") String sectionTitle,
        @Schema(description = "Код подразделения-владельца", examples = "land") String departmentCode,
        @Schema(description = "Название подразделения-владельца") String departmentName,
        @Schema(description = "Вид материала") ArticleKind kind,
        @Schema(description = "Состояние") ArticleStatus status,
        @JsonProperty("public") @Schema(description = "Показывается на портале как частый вопрос") boolean isPublic,
        @Schema(description = "Заголовок", examples = "Аренда земельного участка без торгов") String title,
        @Schema(description = "Вопрос (только для частых вопросов)", examples = "Как получить земельный участок в аренду без торгов?") String question,
        @Schema(description = "Текст в Markdown") String body,
        @Schema(description = "Метки") List<String> tags,
        @Schema(description = "Коды тем классификатора обращений (§7)", examples = "[\"land.lease\"]") List<String> topics,
        @Schema(description = "Номер текущей версии; передаётся обратно при правке", examples = "3") int version,
        @Schema(description = "Когда создана") OffsetDateTime createdAt,
        @Schema(description = "Кто создал") String createdBy,
        @Schema(description = "Когда изменена") OffsetDateTime updatedAt,
        @Schema(description = "Кто изменил") String updatedBy,
        @Schema(description = "Когда опубликована") OffsetDateTime publishedAt,
        @Schema(description = "Может ли вызывающий править статью") boolean editable,
        @Schema(description = "Файлы статьи, старые первыми") List<ArticleAttachmentView> attachments) {
}
