package ru.otklik.calendar;

import java.time.Instant;

/**
 * A computed due moment with its provenance: the rule it came from and the calendar versions it
 * used; {@code provisional} when part of it was computed from weekends only (fallback).
 */
public record Deadline(Instant due, DeadlineRule rule, String calendarVersion, boolean provisional) {}
