package ru.otklik.notifications;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a notice went to a channel (§3, §11, §15). */
public enum RouteRole {
    /** The channel the notice must go by: the client's preferred one or the one the law fixes. */
    @JsonProperty("primary") PRIMARY,
    /** A copy on the client's other chosen channel, where the law fixed the primary one. */
    @JsonProperty("duplicate") DUPLICATE,
    /** Sent again on another channel by staff after a failed delivery. */
    @JsonProperty("reroute") REROUTE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
