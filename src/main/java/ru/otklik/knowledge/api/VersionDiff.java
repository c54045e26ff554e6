package ru.otklik.knowledge.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed between two versions: changed fields, and the text line by line. */
@Schema(name = "KnowledgeVersionDiff", description = "Различия двух версий статьи")
public record VersionDiff(
        @Schema(description = "Старая версия", examples = "1") int from,
        @Schema(description = "Новая версия", examples = "3") int to,
        @Schema(description = "Изменённые поля, кроме текста") List<FieldChange> fields,
        @Schema(description = "Построчное сравнение текста") List<DiffLine> body) {

    /** A field other than the body, before and after. */
    @Schema(name = "KnowledgeFieldChange", description = "Изменение поля")
    public record FieldChange(
            @Schema(description = "Поле", examples = "title") String field,
            @Schema(description = "Поле по-русски", examples = "заголовок") String label,
            @Schema(description = "Было") String before,
            @Schema(description = "Стало") String after) {
    }

    /** One line of the body diff. */
    @Schema(name = "KnowledgeDiffLine", description = "Строка сравнения текста")
    public record DiffLine(
            @Schema(description = "equal — без изменений, removed — удалена, added — добавлена", examples = "added") Op op,
            @Schema(description = "Текст строки") String text,
            @Schema(description = "Номер строки в старой версии") Integer oldLine,
            @Schema(description = "Номер строки в новой версии") Integer newLine) {
    }

    @Schema(name = "KnowledgeDiffOp", description = "Вид строки сравнения")
    public enum Op {
        @JsonProperty("equal") EQUAL,
        @JsonProperty("removed") REMOVED,
        @JsonProperty("added") ADDED
    }
}
