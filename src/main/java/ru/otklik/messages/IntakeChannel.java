package ru.otklik.messages;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a written message reached the department (§2: on paper or electronic). */
public enum IntakeChannel {
    /** The public portal form (or the department's own SPA). */
    @JsonProperty("portal") PORTAL,
    /** A third-party application calling the public API with its own OIDC client. */
    @JsonProperty("api") API,
    /** The department mailbox. */
    @JsonProperty("email") EMAIL,
    /** A paper letter registered by staff from its scan. */
    @JsonProperty("paper") PAPER,
    /** A document handed in at the reception, registered by staff. */
    @JsonProperty("in_person") IN_PERSON,
    /** A request from another unit of the department (§1, internal clients). */
    @JsonProperty("internal") INTERNAL;

    public String code() {
        return name().toLowerCase();
    }

    public static IntakeChannel fromCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
