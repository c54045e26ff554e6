package ru.otklik.knowledge;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import ru.otklik.knowledge.api.DueReviews;
import ru.otklik.knowledge.api.ReviewRequest;
import ru.otklik.knowledge.api.ReviewView;
import ru.otklik.knowledge.api.SectionRequest;
import ru.otklik.knowledge.api.SectionView;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.shared.problem.Problem;

@Path("/api/v1/knowledge")
@Tag(name = "База знаний")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeSectionResource {

    private final SectionService service;
    private final CurrentUser user;

    KnowledgeSectionResource(SectionService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.KB_EDITOR })
    @Path("/sections")
    @Operation(operationId = "listKnowledgeSections", summary = "Разделы базы знаний",
            description = "Разделы по подразделениям в порядке §18, с состоянием актуализации и признаком, может ли вызывающий их править.")
    @APIResponse(responseCode = "200", description = "Разделы")
    @APIResponse(responseCode = "400", description = "Неизвестное подразделение",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для сотрудников",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SectionView> sections(
            @QueryParam("department") @Parameter(description = "Только разделы этого подразделения", example = "land") String department) {
        return service.list(department == null || department.isBlank() ? null : department.strip(), KnowledgeAccess.of(user));
    }

    @POST
    @Path("/sections")
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createKnowledgeSection", summary = "Создать раздел",
            description = "Раздел для функции подразделения; создаёт редактор этого подразделения или администратор.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SectionRequest.class)))
    @APIResponse(responseCode = "201", description = "Раздел создан",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionView.class)))
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Подразделение не ваше",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "Тело запроса обязательно") @Valid SectionRequest request, UriInfo uri) {
        SectionView created = service.create(request, KnowledgeAccess.of(user));
        URI location = uri.getBaseUriBuilder().path("api/v1/knowledge/sections").path(created.id().toString()).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.KB_EDITOR })
    @Path("/sections/{id}")
    @Operation(operationId = "getKnowledgeSection", summary = "Раздел базы знаний")
    @APIResponse(responseCode = "200", description = "Раздел")
    @APIResponse(responseCode = "404", description = "Нет такого раздела",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SectionView section(@PathParam("id") UUID id) {
        return service.get(id, KnowledgeAccess.of(user));
    }

    @PUT
    @Path("/sections/{id}")
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateKnowledgeSection", summary = "Изменить раздел",
            description = "Название, описание, периодичность актуализации; сменить подразделение-владельца может только администратор.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SectionRequest.class)))
    @APIResponse(responseCode = "200", description = "Раздел после изменения")
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Раздел другого подразделения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такого раздела",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SectionView update(@PathParam("id") UUID id,
            @NotNull(message = "Тело запроса обязательно") @Valid SectionRequest request) {
        return service.update(id, request, KnowledgeAccess.of(user));
    }

    @POST
    @Path("/sections/{id}/reviews")
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordKnowledgeReview", summary = "Отметить актуализацию раздела",
            description = "§35: кто проверил раздел и что изменено; следующий срок отсчитывается от сегодняшнего дня.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReviewRequest.class)))
    @APIResponse(responseCode = "201", description = "Актуализация записана",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Раздел другого подразделения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такого раздела",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response review(@PathParam("id") UUID id,
            @NotNull(message = "Тело запроса обязательно") @Valid ReviewRequest request, UriInfo uri) {
        ReviewView review = service.recordReview(id, request, KnowledgeAccess.of(user));
        return Response.created(uri.getAbsolutePathBuilder().path(review.id().toString()).build()).entity(review).build();
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.KB_EDITOR })
    @Path("/sections/{id}/reviews")
    @Operation(operationId = "listKnowledgeReviews", summary = "История актуализации раздела", description = "Новые первыми.")
    @APIResponse(responseCode = "200", description = "Проведённые актуализации")
    @APIResponse(responseCode = "404", description = "Нет такого раздела",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReviewView> reviews(@PathParam("id") UUID id) {
        return service.reviews(id);
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.KB_EDITOR })
    @Path("/reviews/due")
    @Operation(operationId = "listDueKnowledgeReviews", summary = "Разделы, которые пора актуализировать",
            description = "§35: просроченные разделы и те, чей срок наступает в ближайшие дни, по подразделениям.")
    @APIResponse(responseCode = "200", description = "Разделы по подразделениям")
    @APIResponse(responseCode = "400", description = "Неверный горизонт",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DueReviews due(
            @QueryParam("within") @DefaultValue("7") @Min(value = 0, message = "От 0 до 90 дней") @Max(value = 90, message = "От 0 до 90 дней")
            @Parameter(description = "Сколько дней вперёд показывать разделы со сроком, от 0 до 90", example = "7") int within) {
        return service.due(within);
    }
}
