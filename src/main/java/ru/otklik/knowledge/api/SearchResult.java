package ru.otklik.knowledge.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.knowledge.ArticleKind;

/** Ranked search hits, best first. */
@Schema(name = "KnowledgeSearchResult", description = "Результаты поиска по базе знаний, лучшие первыми")
public record SearchResult(
        @Schema(description = "Запрос, как он был понят", examples = "земельного участка") String query,
        @Schema(description = "Найденные статьи, лучшие первыми") List<Hit> hits) {

    /** One found article. */
    @Schema(name = "KnowledgeSearchHit", description = "Найденная статья")
    public record Hit(
            @Schema(description = "Идентификатор статьи") UUID id,
            @Schema(description = "Заголовок", examples = "Аренда земельного участка без торгов") String title,
            @Schema(description = "Вид материала") ArticleKind kind,
            @Schema(description = "Код подразделения-владельца", examples = "land") String departmentCode,
            @Schema(description = "Фрагмент текста, совпадения выделены <mark>; всё остальное экранировано как HTML",
                    examples = "Как получить <mark>земельный</mark> <mark>участок</mark> в аренду без торгов?") String snippet,
            @Schema(description = "Релевантность: чем больше, тем лучше", examples = "1.23") double score) {
    }
}
