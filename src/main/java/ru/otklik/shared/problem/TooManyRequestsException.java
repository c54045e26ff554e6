package ru.otklik.shared.problem;

import java.time.Duration;

/** A 429 problem that tells the caller when to try again (the {@code Retry-After} header). */
public class TooManyRequestsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String type, String title, String detail, Duration retryAfter) {
        super(type, 429, title, detail);
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
