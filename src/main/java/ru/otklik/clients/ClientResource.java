package ru.otklik.clients;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.clients.api.ClientRequest;
import ru.otklik.clients.api.ClientView;
import ru.otklik.clients.api.ProfileRequest;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.Problem;

@Path("/api/v1/clients")
@Tag(name = "Клиенты", description = "Реестр клиентов: граждане, организации, внутренние клиенты; профиль клиента на портале")
@Produces(MediaType.APPLICATION_JSON)
public class ClientResource {

    private final ClientService service;
    private final CurrentUser user;

    ClientResource(ClientService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.CLIENT)
    @Operation(operationId = "getMyProfile", summary = "Мой профиль",
            description = "Профиль вошедшего клиента. При первом обращении создаётся из данных учётной записи (имя, почта).")
    @APIResponse(responseCode = "200", description = "Профиль")
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для клиентов",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView me() {
        return service.myProfile(user);
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.CLIENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMyProfile", summary = "Изменить мой профиль",
            description = "Тип клиента, ИНН и ОГРН организации, контакты и каналы связи (§3).")
    @APIResponse(responseCode = "200", description = "Профиль сохранён")
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Организация с таким ИНН уже зарегистрирована",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView updateMe(@NotNull(message = "Тело запроса обязательно") @Valid ProfileRequest request) {
        return service.updateMyProfile(user, request);
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "searchClients", summary = "Поиск клиентов",
            description = "По части имени или почты, по ИНН, ОГРН или телефону; пустой запрос — все по алфавиту. "
                    + "Каждый просмотр записывается в журнал аудита.")
    @APIResponse(responseCode = "200", description = "Страница клиентов")
    @APIResponse(responseCode = "403", description = "Нет прав сотрудника",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ClientView> search(
            @QueryParam("q") @Size(max = 200, message = "Запрос — не длиннее 200 символов")
            @Parameter(description = "Что искать", example = "7707083893") String q,
            @Valid @BeanParam PageRequest page) {
        return service.search(q, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.CLIENT })
    @Operation(operationId = "getClient", summary = "Карточка клиента",
            description = "Сотрудник видит любую карточку (просмотр записывается в журнал аудита); клиент — только свою.")
    @APIResponse(responseCode = "200", description = "Карточка")
    @APIResponse(responseCode = "404", description = "Нет такого клиента или он чужой",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView get(@PathParam("id") UUID id) {
        return service.get(id, user);
    }

    @POST
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createClient", summary = "Зарегистрировать клиента")
    @APIResponse(responseCode = "201", description = "Клиент зарегистрирован",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Клиент с таким ИНН или учётной записью портала уже есть",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "Тело запроса обязательно") @Valid ClientRequest request, UriInfo uri) {
        ClientView created = service.create(request);
        URI location = uri.getAbsolutePathBuilder().path(created.id().toString()).build();
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateClient", summary = "Изменить карточку клиента")
    @APIResponse(responseCode = "200", description = "Карточка сохранена")
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такого клиента",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Клиент с таким ИНН или учётной записью портала уже есть",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView update(@PathParam("id") UUID id,
            @NotNull(message = "Тело запроса обязательно") @Valid ClientRequest request) {
        return service.update(id, request);
    }
}
