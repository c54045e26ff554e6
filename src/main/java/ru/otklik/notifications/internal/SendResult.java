package ru.otklik.notifications.internal;

/** What a channel said about one attempt. */
public record SendResult(Kind kind, String detail) {

    public enum Kind {
        /** Accepted by the channel; {@code detail} is its reference, if it gave one. */
        SENT,
        /** Not accepted now, may succeed later: a connection refused, a 4xx reply, a timeout. */
        RETRY,
        /** Refused for good: a 5xx reply, an invalid number. Retrying would only repeat it. */
        FAILED
    }

    public static SendResult sent(String reference) {
        return new SendResult(Kind.SENT, reference);
    }

    public static SendResult retry(String reason) {
        return new SendResult(Kind.RETRY, reason);
    }

    public static SendResult failed(String reason) {
        return new SendResult(Kind.FAILED, reason);
    }
}
