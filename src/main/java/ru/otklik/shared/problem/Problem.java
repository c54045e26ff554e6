package ru.otklik.shared.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every 4xx and 5xx answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "Описание ошибки по RFC 9457 (application/problem+json)")
public record Problem(
        @Schema(description = "Тип ошибки (URI)", examples = "/problems/validation") String type,
        @Schema(description = "Краткое название", examples = "Запрос содержит ошибки") String title,
        @Schema(description = "HTTP-статус", examples = "400") int status,
        @Schema(description = "Подробности для человека") String detail,
        @Schema(description = "Адрес запроса, вызвавшего ошибку", examples = "/api/v1/messages") String instance,
        @Schema(description = "Ошибки по полям") List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
