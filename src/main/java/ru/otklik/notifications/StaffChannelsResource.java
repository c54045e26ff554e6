package ru.otklik.notifications;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.notifications.api.CallOutcome;
import ru.otklik.notifications.api.CallTaskView;
import ru.otklik.notifications.api.LetterPosting;
import ru.otklik.notifications.api.LetterView;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.security.audit.PersonalDataAccess;
import ru.otklik.shared.problem.Problem;

/** The channels staff carry by hand: letters for the mailroom and calls to make. */
@Path("/api/v1")
@Tag(name = "Уведомления")
@Produces(MediaType.APPLICATION_JSON)
public class StaffChannelsResource {

    private final LetterService letters;
    private final CallTaskService calls;
    private final CurrentUser user;

    StaffChannelsResource(LetterService letters, CallTaskService calls, CurrentUser user) {
        this.letters = letters;
        this.calls = calls;
        this.user = user;
    }

    @GET
    @Path("/letters")
    @RolesAllowed({ Roles.OPERATOR, Roles.HEAD, Roles.ADMIN })
    @PersonalDataAccess("letter")
    @Operation(operationId = "listLetters", summary = "Письма для экспедиции",
            description = "Бумажные письма в очереди на печать (to_print) или уже отправленные (posted), старые первыми.")
    @APIResponse(responseCode = "200", description = "Письма")
    @APIResponse(responseCode = "400", description = "Неизвестное состояние",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<LetterView> letters(@QueryParam("state") @DefaultValue("to_print")
            @Parameter(description = "to_print или posted", example = "to_print") String state) {
        return letters.list(state);
    }

    @GET
    @Path("/letters/{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.OPERATOR, Roles.HEAD, Roles.ADMIN })
    @PersonalDataAccess("letter")
    @Operation(operationId = "getLetterPdf", summary = "Письмо для печати (PDF)",
            description = "Письмо на бланке департамента: адресный блок, регистрационные данные, текст.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Нет такого письма",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response letterPdf(@PathParam("id") UUID id) {
        return Response.ok(letters.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"letter-" + id + ".pdf\"").build();
    }

    @POST
    @Path("/letters/{id}/posted")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "markLetterPosted", summary = "Отметить письмо отправленным",
            description = "Экспедиция отметила, что письмо напечатано и сдано на почту: в какой день (по умолчанию сегодня) "
                    + "и с каким почтовым идентификатором, если письмо заказное. Тело можно не передавать.")
    @RequestBody(content = @Content(schema = @Schema(implementation = LetterPosting.class)))
    @APIResponse(responseCode = "200", description = "Письмо отмечено")
    @APIResponse(responseCode = "400", description = "Дата в будущем или раньше постановки в очередь, неверный идентификатор",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такого письма",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Письмо уже отмечено",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LetterView posted(@PathParam("id") UUID id, @Valid LetterPosting posting) {
        return letters.markPosted(id, posting == null ? null : posting.postedOn(),
                posting == null ? null : posting.trackingNumber(), user.name());
    }

    /** The same mark without details — posted today, unregistered — for callers that send no body. */
    @POST
    @Path("/letters/{id}/posted")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.OPERATOR, Roles.HEAD, Roles.ADMIN })
    @Operation(hidden = true)
    public LetterView postedToday(@PathParam("id") UUID id) {
        return letters.markPosted(id, null, null, user.name());
    }

    @GET
    @Path("/call-tasks")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @PersonalDataAccess("call-task")
    @Operation(operationId = "listCallTasks", summary = "Звонки клиентам",
            description = "Кому позвонить, что сказать и в какое время клиенту удобно (§27).")
    @APIResponse(responseCode = "200", description = "Звонки")
    @APIResponse(responseCode = "400", description = "Неизвестное состояние",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CallTaskView> callTasks(@QueryParam("state") @DefaultValue("open")
            @Parameter(description = "open, reached или unreachable", example = "open") String state) {
        return calls.list(state);
    }

    @POST
    @Path("/call-tasks/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "closeCallTask", summary = "Записать итог звонка",
            description = "Дозвонились и передали — или не дозвонились; тогда уведомление можно перенаправить.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CallOutcome.class)))
    @APIResponse(responseCode = "200", description = "Итог записан")
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Звонок уже закрыт",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CallTaskView closeCall(@PathParam("id") UUID id,
            @NotNull(message = "Тело запроса обязательно") @Valid CallOutcome outcome) {
        return calls.close(id, outcome.outcome(), outcome.note(), user.name());
    }
}
