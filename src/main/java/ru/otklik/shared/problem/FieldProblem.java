package ru.otklik.shared.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request, as reported inside a problem document. */
@Schema(name = "FieldProblem", description = "Ошибка в одном поле запроса")
public record FieldProblem(
        @Schema(description = "Путь к полю в теле или имя параметра", examples = "email") String field,
        @Schema(description = "Что не так, по-русски", examples = "Укажите адрес электронной почты: вы выбрали ответ по почте") String message) {
}
