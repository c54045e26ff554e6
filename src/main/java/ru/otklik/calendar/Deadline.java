package ru.otklik.calendar;

import java.time.Instant;

/** A computed due moment, with the rule and calendar version it came from. */
public record Deadline(Instant due, DeadlineRule rule, String calendarVersion, boolean provisional) {
}
