package ru.otklik.messages;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a written message stands in its handling. */
public enum MessageStatus {
    @JsonProperty("registered") REGISTERED,
    @JsonProperty("acknowledged") ACKNOWLEDGED,
    @JsonProperty("in_work") IN_WORK,
    @JsonProperty("awaiting_clarification") AWAITING_CLARIFICATION,
    @JsonProperty("answered") ANSWERED,
    @JsonProperty("redirected") REDIRECTED,
    @JsonProperty("refused") REFUSED,
    @JsonProperty("inadmissible") INADMISSIBLE,
    @JsonProperty("closed") CLOSED
}
