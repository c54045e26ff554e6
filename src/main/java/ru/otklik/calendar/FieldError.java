package ru.otklik.calendar;

/** A validation failure tied to the input field that caused it, so the API can point at it. */
public record FieldError(String field, String message) {}
