package ru.otklik.messages.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff say which client a message is from. */
@Schema(name = "LinkClient", description = "Привязка обращения к клиенту")
public record LinkClient(
        @NotNull(message = "Выберите клиента")
        @Schema(description = "Идентификатор клиента из реестра", required = true) UUID clientId) {
}
