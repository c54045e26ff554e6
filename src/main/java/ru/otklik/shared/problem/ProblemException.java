package ru.otklik.shared.problem;

import java.util.List;

/**
 * A domain failure that the API reports as a problem document. Features throw this (or a
 * subclass) instead of building responses, so every error looks the same to clients.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(String type, int status, String title, String detail) {
        this(type, status, title, detail, List.of());
    }

    public ProblemException(String type, int status, String title, String detail, List<FieldProblem> errors) {
        super(title + ": " + detail);
        this.problem = new Problem("/problems/" + type, title, status, detail, null, errors);
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException("not-found", 404, "Не найдено", what);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException("validation", 400, "Запрос содержит ошибки",
                "Исправьте отмеченные поля и отправьте запрос ещё раз.", List.of(new FieldProblem(field, message)));
    }

    public static ProblemException invalid(List<FieldProblem> errors) {
        return new ProblemException("validation", 400, "Запрос содержит ошибки",
                "Исправьте отмеченные поля и отправьте запрос ещё раз.", errors);
    }
}
