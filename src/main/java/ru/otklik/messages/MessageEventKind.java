package ru.otklik.messages;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of step a message's story records. */
public enum MessageEventKind {
    @JsonProperty("registered") REGISTERED,
    @JsonProperty("triage_suggested") TRIAGE_SUGGESTED,
    @JsonProperty("triage_confirmed") TRIAGE_CONFIRMED,
    @JsonProperty("triage_corrected") TRIAGE_CORRECTED,
    @JsonProperty("term_changed") TERM_CHANGED,
    @JsonProperty("assigned") ASSIGNED,
    @JsonProperty("status_changed") STATUS_CHANGED,
    @JsonProperty("clarification") CLARIFICATION,
    @JsonProperty("extension") EXTENSION,
    @JsonProperty("redirected") REDIRECTED,
    @JsonProperty("answer_sent") ANSWER_SENT,
    @JsonProperty("refusal_sent") REFUSAL_SENT,
    @JsonProperty("inadmissibility_sent") INADMISSIBILITY_SENT,
    @JsonProperty("notice_queued") NOTICE_QUEUED,
    @JsonProperty("notice_delivered") NOTICE_DELIVERED
}
