package ru.otklik.clients;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who the client is (§1–§2): a person, a legal entity (or an entrepreneur), or a staff member of another unit. */
public enum ClientType {
    @JsonProperty("person") PERSON,
    @JsonProperty("legal_entity") LEGAL_ENTITY,
    /** §1: an internal client — a staff member of another unit of the department asking for help. */
    @JsonProperty("internal") INTERNAL
}
