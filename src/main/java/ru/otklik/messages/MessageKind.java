package ru.otklik.messages;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a written message is (§2): the kind decides the law that governs it and its answer term. */
public enum MessageKind {
    @JsonProperty("appeal") APPEAL,
    @JsonProperty("request") REQUEST,
    @JsonProperty("application") APPLICATION,
    @JsonProperty("proposal") PROPOSAL,
    @JsonProperty("complaint") COMPLAINT,
    @JsonProperty("information_request") INFORMATION_REQUEST,
    @JsonProperty("internal") INTERNAL;

    public String code() {
        return name().toLowerCase();
    }

    public static MessageKind fromCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
