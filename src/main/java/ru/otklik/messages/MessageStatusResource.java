package ru.otklik.messages;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.messages.api.MessageStatusView;
import ru.otklik.messages.api.StatusQuery;
import ru.otklik.shared.problem.Problem;

/** The public status page of a message, for clients who did not log in. */
@Path("/api/v1/messages/status")
@Tag(name = "Обращения", description = "Письменные обращения клиентов: регистрация, входящие, просмотр")
@Produces(MediaType.APPLICATION_JSON)
public class MessageStatusResource {

    private final StatusPage statusPage;

    MessageStatusResource(StatusPage statusPage) {
        this.statusPage = statusPage;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lookupMessageStatus", summary = "Статус обращения по номеру и коду доступа",
            description = "Без входа: состояние, дата получения, срок ответа и история смен состояния, без персональных данных. "
                    + "Номер и код передаются в теле, чтобы не оседать в журналах адресов.")
    @APIResponse(responseCode = "200", description = "Статус обращения")
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет обращения с таким номером и кодом",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Слишком много неверных попыток для этого номера",
            headers = @Header(name = "Retry-After", description = "Через сколько секунд можно повторить",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MessageStatusView lookup(@NotNull(message = "Тело запроса обязательно") @Valid StatusQuery query) {
        return statusPage.lookup(query);
    }
}
