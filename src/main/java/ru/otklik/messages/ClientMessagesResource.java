package ru.otklik.messages;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.messages.api.InboxItem;
import ru.otklik.security.Roles;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.Problem;

/** A client's messages, for staff. */
@Path("/api/v1/clients/{id}/messages")
@Tag(name = "Обращения", description = "Письменные обращения клиентов: регистрация, входящие, просмотр")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
public class ClientMessagesResource {

    private final MessageClients service;

    ClientMessagesResource(MessageClients service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listClientMessages", summary = "Обращения клиента",
            description = "Обращения, привязанные к карточке клиента, новые первыми. Просмотр записывается в журнал аудита.")
    @APIResponse(responseCode = "200", description = "Страница обращений")
    @APIResponse(responseCode = "404", description = "Нет такого клиента",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<InboxItem> ofClient(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.ofClient(id, page);
    }
}
