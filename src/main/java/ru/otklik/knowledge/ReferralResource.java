package ru.otklik.knowledge;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.knowledge.api.ReferralRequest;
import ru.otklik.knowledge.api.ReferralView;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.shared.problem.Problem;

@Path("/api/v1/knowledge/referrals")
@Tag(name = "База знаний")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final ReferralService service;
    private final CurrentUser user;

    ReferralResource(ReferralService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.KB_EDITOR })
    @Operation(operationId = "searchReferrals", summary = "Справочник органов для переадресации",
            description = "§29: органы власти и местного самоуправления Новосибирской области с их полномочиями и контактами; поиск по теме вопроса и по словам.")
    @APIResponse(responseCode = "200", description = "Подходящие органы, наиболее подходящие первыми")
    @APIResponse(responseCode = "400", description = "Неверный код темы",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReferralView> search(
            @QueryParam("q") @Parameter(description = "Слова вопроса", example = "кадастровый учёт") String q,
            @QueryParam("topic") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "Код темы: латинские строчные буквы, цифры, точка, дефис, подчёркивание")
            @Parameter(description = "Код темы классификатора", example = "registration.rights") String topic) {
        return service.search(q, topic);
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.KB_EDITOR })
    @Path("/{id}")
    @Operation(operationId = "getReferral", summary = "Запись справочника органов")
    @APIResponse(responseCode = "200", description = "Запись")
    @APIResponse(responseCode = "404", description = "Нет такой записи",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferralView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReferral", summary = "Добавить орган в справочник")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReferralRequest.class)))
    @APIResponse(responseCode = "201", description = "Запись добавлена",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для администратора",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "Тело запроса обязательно") @Valid ReferralRequest request, UriInfo uri) {
        ReferralView created = service.create(request, user.name());
        URI location = uri.getAbsolutePathBuilder().path(created.id().toString()).build();
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReferral", summary = "Изменить запись справочника органов")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReferralRequest.class)))
    @APIResponse(responseCode = "200", description = "Запись после изменения")
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для администратора",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такой записи",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferralView update(@PathParam("id") UUID id,
            @NotNull(message = "Тело запроса обязательно") @Valid ReferralRequest request) {
        return service.update(id, request, user.name());
    }
}
