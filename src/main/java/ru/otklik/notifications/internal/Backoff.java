package ru.otklik.notifications.internal;

import java.time.Duration;

/** Exponential backoff: base, 2×base, 4×base, … capped at max. */
public record Backoff(Duration base, Duration max) {

    /** The wait after the {@code attempt}-th failed attempt (1-based). */
    public Duration after(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 40));
        Duration delay = base;
        for (int i = 0; i < doublings && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
