package ru.otklik.notifications.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a notice with a term of its own (§9, §10) kept it. */
@Schema(name = "NotificationTimeliness", description = "Соблюдён ли срок уведомления: on_time — передано в срок, "
        + "late — передано после срока, overdue — срок прошёл, а уведомление не передано, waiting — срок ещё не наступил")
public enum Timeliness {
    @JsonProperty("on_time") ON_TIME,
    @JsonProperty("late") LATE,
    @JsonProperty("overdue") OVERDUE,
    @JsonProperty("waiting") WAITING;

    /** Null when the notice has no term; {@code deliveredAt} is null while it is not delivered. */
    public static Timeliness of(Instant dueBy, Instant deliveredAt, Instant now) {
        if (dueBy == null) {
            return null;
        }
        if (deliveredAt != null) {
            return deliveredAt.isAfter(dueBy) ? LATE : ON_TIME;
        }
        return now.isAfter(dueBy) ? OVERDUE : WAITING;
    }
}
