package ru.otklik.messages;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.clients.api.ClientSummary;
import ru.otklik.messages.api.LinkClient;
import ru.otklik.security.Roles;
import ru.otklik.shared.problem.Problem;

/** Which client a message is from, set by staff. */
@Path("/api/v1/messages/{id}/client")
@Tag(name = "Обращения", description = "Письменные обращения клиентов: регистрация, входящие, просмотр")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
public class MessageClientResource {

    private final MessageClients service;

    MessageClientResource(MessageClients service) {
        this.service = service;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkMessageClient", summary = "Привязать обращение к клиенту",
            description = "Например, бумажное письмо или обращение без входа — к карточке клиента из реестра.")
    @APIResponse(responseCode = "200", description = "Клиент обращения")
    @APIResponse(responseCode = "400", description = "Нет такого клиента",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такого обращения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientSummary link(@PathParam("id") UUID id,
            @NotNull(message = "Тело запроса обязательно") @Valid LinkClient request) {
        return service.link(id, request.clientId());
    }

}
