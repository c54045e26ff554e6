package ru.otklik.text.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which way a text goes: a client's message coming in, or a staff draft going out. */
@Schema(name = "TextKind", description = "incoming — обращение клиента; draft — черновик ответа сотрудника")
public enum TextKind {
    @JsonProperty("incoming") INCOMING,
    @JsonProperty("draft") DRAFT
}
