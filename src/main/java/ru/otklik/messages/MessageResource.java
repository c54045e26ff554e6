package ru.otklik.messages;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.messages.api.InboxFilter;
import ru.otklik.messages.api.InboxItem;
import ru.otklik.messages.api.MessageReceipt;
import ru.otklik.messages.api.MessageView;
import ru.otklik.messages.api.SubmitMessage;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.security.audit.PersonalDataAccess;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.Problem;

@Path("/api/v1/messages")
@Tag(name = "Обращения", description = "Письменные обращения клиентов: регистрация, входящие, просмотр")
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    private final MessageService service;
    private final CurrentUser user;

    MessageResource(MessageService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitMessage", summary = "Подать обращение",
            description = "Регистрирует письменное обращение и сразу возвращает регистрационный номер и срок ответа. "
                    + "Доступно без входа; вошедший клиент получает обращение в личный кабинет.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubmitMessage.class)))
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "oidc", scopes = Roles.CLIENT))
    @APIResponse(responseCode = "201", description = "Обращение зарегистрировано",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageReceipt.class)))
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Ключ повтора уже использован для другого обращения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Слишком большой запрос",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@NotNull(message = "Тело запроса обязательно") @Valid SubmitMessage request,
            @HeaderParam("Idempotency-Key")
            @Size(min = 8, max = 200, message = "Ключ повтора — от 8 до 200 символов")
            @Parameter(description = "Ключ повтора: повторная отправка с тем же ключом вернёт уже зарегистрированное обращение, а не создаст второе",
                    example = "5f0c1d3e-8a9b-4c2d-9e7f-1a2b3c4d5e6f")
            String idempotencyKey,
            UriInfo uri) {
        MessageReceipt receipt = service.submit(request, user, idempotencyKey);
        URI location = uri.getAbsolutePathBuilder().path(receipt.id().toString()).build();
        return Response.created(location).entity(receipt).build();
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @PersonalDataAccess("message")
    @Operation(operationId = "listInbox", summary = "Входящие обращения",
            description = "Обращения для сотрудников, ближайший срок ответа первым, с фильтрами. "
                    + "Исполнитель видит назначенные ему.")
    @APIResponse(responseCode = "200", description = "Страница входящих")
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Нет прав сотрудника",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<InboxItem> inbox(@Valid @BeanParam PageRequest page, @Valid @BeanParam InboxFilter filter) {
        return service.inbox(filter, page, user);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.CLIENT)
    @Operation(operationId = "listMyMessages", summary = "Мои обращения",
            description = "Обращения, поданные вошедшим клиентом, новые первыми.")
    @APIResponse(responseCode = "200", description = "Страница обращений клиента")
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для клиентов",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<InboxItem> mine(@Valid @BeanParam PageRequest page) {
        return service.ofClient(user, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.CLIENT })
    @PersonalDataAccess("message")
    @Operation(operationId = "getMessage", summary = "Обращение полностью",
            description = "Сотрудник видит любое обращение (доступ записывается в журнал аудита); клиент — только своё.")
    @APIResponse(responseCode = "200", description = "Обращение")
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Нет нужной роли",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такого обращения или оно чужое",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MessageView get(@PathParam("id") UUID id) {
        return service.view(id, user);
    }
}
