package ru.otklik.calendar;

import java.util.List;

/** Calendar data that cannot be accepted; carries every offending field, not just the first. */
public class InvalidCalendarException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidCalendarException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid calendar" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidCalendarException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
