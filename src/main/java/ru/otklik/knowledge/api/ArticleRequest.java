package ru.otklik.knowledge.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.knowledge.ArticleKind;

/**
 * A new article or a new version of one. On a change {@code baseVersion} names the version the
 * editor started from, so two editors never silently overwrite each other.
 */
@FaqHasQuestion
@Schema(name = "KnowledgeArticleRequest", description = "Статья базы знаний: создание или новая версия")
public record ArticleRequest(
        @NotNull(message = "Выберите раздел")
        @Schema(description = "Раздел; править его может редактор подразделения-владельца", required = true)
        UUID sectionId,

        @NotNull(message = "Выберите вид материала")
        @Schema(description = "Вид материала (§34)", required = true, examples = "faq")
        ArticleKind kind,

        @NotBlank(message = "Укажите заголовок")
        @Size(max = 300, message = "Заголовок — не длиннее 300 символов")
        @Schema(description = "Заголовок", required = true, maxLength = 300, examples = "Аренда земельного участка без торгов")
        String title,

        @Size(max = 2000, message = "Вопрос — не длиннее 2000 символов")
        @Schema(description = "Вопрос; обязателен для частого вопроса и не бывает у других видов", maxLength = 2000,
                examples = "Как получить земельный участок в аренду без торгов?")
        String question,

        @NotBlank(message = "Напишите текст статьи")
        @Size(max = 100000, message = "Текст — не длиннее 100 000 символов")
        @Schema(description = "Текст в Markdown", required = true, maxLength = 100000,
                examples = "Земельный участок предоставляется в аренду без торгов в случаях, перечисленных в статье 39.6 Земельного кодекса РФ.")
        String body,

        @Size(max = 20, message = "Не больше 20 меток")
        @Schema(description = "Метки", examples = "[\"аренда\", \"без торгов\"]")
        List<@NotBlank(message = "Пустая метка") @Size(max = 60, message = "Метка — не длиннее 60 символов") String> tags,

        @Size(max = 20, message = "Не больше 20 тем")
        @Schema(description = "Коды тем классификатора обращений (§7)", examples = "[\"land.lease\"]")
        List<@NotBlank(message = "Пустой код темы")
             @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "Код темы: латинские строчные буквы, цифры, точка, дефис, подчёркивание; до 100 символов")
             String> topics,

        @JsonProperty("public")
        @Schema(description = "Показывать на портале (только частый вопрос)", defaultValue = "false")
        Boolean isPublic,

        @Size(max = 1000, message = "Комментарий — не длиннее 1000 символов")
        @Schema(description = "Что и почему изменено — своими словами", maxLength = 1000, examples = "Добавлен случай из письма Минэкономразвития")
        String note,

        @Schema(description = "При правке: номер версии, с которой начата правка (обязателен); при создании не передаётся", examples = "3")
        Integer baseVersion) {
}
