package ru.otklik.clients;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a client wants to hear from the department (§3); shared by client profiles and messages. */
public enum Channel {
    @JsonProperty("email") EMAIL,
    @JsonProperty("sms") SMS,
    @JsonProperty("portal") PORTAL,
    @JsonProperty("post") POST,
    @JsonProperty("phone") PHONE;

    public String code() {
        return name().toLowerCase();
    }
}
