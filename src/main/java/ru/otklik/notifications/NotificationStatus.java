package ru.otklik.notifications;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a notification stands in the outbox. */
public enum NotificationStatus {
    /** Waiting for its (next) attempt. */
    @JsonProperty("pending") PENDING,
    /** Claimed by a dispatcher that is handing it to the channel right now. */
    @JsonProperty("sending") SENDING,
    /** The channel accepted it: SMTP server, SMS centre, inbox, mailroom queue or call list. */
    @JsonProperty("sent") SENT,
    /** Gave up: a permanent refusal or the attempts ran out; staff may retry or re-route. */
    @JsonProperty("failed") FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the wire code of a query parameter; JAX-RS prefers this over valueOf for enums. */
    public static NotificationStatus fromString(String code) {
        for (NotificationStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw ru.otklik.shared.problem.ProblemException.invalid("status",
                "Состояние — pending, sending, sent или failed");
    }
}
