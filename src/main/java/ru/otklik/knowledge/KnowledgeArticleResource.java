package ru.otklik.knowledge;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.knowledge.api.ArticleRequest;
import ru.otklik.knowledge.api.ArticleSummary;
import ru.otklik.knowledge.api.ArticleView;
import ru.otklik.knowledge.api.VersionDiff;
import ru.otklik.knowledge.api.VersionSummary;
import ru.otklik.knowledge.api.VersionView;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.Problem;

@Path("/api/v1/knowledge/articles")
@Tag(name = "База знаний", description = "Материалы по функциям департамента, поиск, версии, актуализация, справочник органов (§13, §25, §29, §31–§35)")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeArticleResource {

    private final ArticleService service;
    private final CurrentUser user;

    KnowledgeArticleResource(ArticleService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @POST
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createKnowledgeArticle", summary = "Создать статью",
            description = "Создаёт черновик (версия 1) в разделе. Право есть у редактора подразделения — владельца раздела и у администратора.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArticleRequest.class)))
    @APIResponse(responseCode = "201", description = "Статья создана",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Раздел другого подразделения или нет роли редактора",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "Тело запроса обязательно") @Valid ArticleRequest request, UriInfo uri) {
        ArticleView created = service.create(request, KnowledgeAccess.of(user));
        URI location = uri.getAbsolutePathBuilder().path(created.id().toString()).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.KB_EDITOR })
    @Operation(operationId = "listKnowledgeArticles", summary = "Статьи базы знаний",
            description = "Опубликованные статьи по разделам; редактор видит также черновики своего подразделения.")
    @APIResponse(responseCode = "200", description = "Страница статей")
    @APIResponse(responseCode = "400", description = "Неизвестный вид или подразделение",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для сотрудников",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ArticleSummary> list(
            @QueryParam("section") @Parameter(description = "Раздел") UUID section,
            @QueryParam("department") @Parameter(description = "Код подразделения-владельца", example = "land") String department,
            @QueryParam("kind") @Parameter(description = "Вид материала", schema = @Schema(implementation = ArticleKind.class)) String kind,
            @Valid @BeanParam PageRequest page) {
        return service.list(section, department, kind, KnowledgeAccess.of(user), page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "oidc"))
    @Operation(operationId = "getKnowledgeArticle", summary = "Статья полностью",
            description = "Сотрудник видит опубликованные статьи, редактор — и черновики своего подразделения; без входа доступны только опубликованные публичные частые вопросы.")
    @APIResponse(responseCode = "200", description = "Статья")
    @APIResponse(responseCode = "404", description = "Нет такой статьи или она вам недоступна",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView get(@PathParam("id") UUID id) {
        return service.get(id, KnowledgeAccess.of(user));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateKnowledgeArticle", summary = "Изменить статью",
            description = "Сохраняет новую версию (кто, когда, что изменено). baseVersion — версия, с которой начата правка; если статью успели изменить, ответ 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArticleRequest.class)))
    @APIResponse(responseCode = "200", description = "Статья после изменения")
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Раздел другого подразделения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такой статьи",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Статью уже изменил кто-то другой",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView update(@PathParam("id") UUID id,
            @NotNull(message = "Тело запроса обязательно") @Valid ArticleRequest request) {
        return service.update(id, request, KnowledgeAccess.of(user));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Operation(operationId = "publishKnowledgeArticle", summary = "Опубликовать статью",
            description = "Черновик становится виден всем сотрудникам, а публичный частый вопрос — и на портале. Создаёт новую версию.")
    @APIResponse(responseCode = "200", description = "Опубликованная статья")
    @APIResponse(responseCode = "403", description = "Раздел другого подразделения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такой статьи",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView publish(@PathParam("id") UUID id) {
        return service.publish(id, KnowledgeAccess.of(user));
    }

    @POST
    @Path("/{id}/unpublish")
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Operation(operationId = "unpublishKnowledgeArticle", summary = "Снять статью с публикации",
            description = "Статья снова становится черновиком. Создаёт новую версию.")
    @APIResponse(responseCode = "200", description = "Статья-черновик")
    @APIResponse(responseCode = "403", description = "Раздел другого подразделения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такой статьи",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView unpublish(@PathParam("id") UUID id) {
        return service.unpublish(id, KnowledgeAccess.of(user));
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.KB_EDITOR })
    @Operation(operationId = "listKnowledgeArticleVersions", summary = "История версий статьи",
            description = "Все версии, новые первыми: кто, когда и что изменил.")
    @APIResponse(responseCode = "200", description = "Версии")
    @APIResponse(responseCode = "404", description = "Нет такой статьи",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<VersionSummary> versions(@PathParam("id") UUID id) {
        return service.versions(id, KnowledgeAccess.of(user));
    }

    @GET
    @Path("/{id}/versions/{number}")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.KB_EDITOR })
    @Operation(operationId = "getKnowledgeArticleVersion", summary = "Статья в одной из версий")
    @APIResponse(responseCode = "200", description = "Версия")
    @APIResponse(responseCode = "404", description = "Нет такой статьи или версии",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionView version(@PathParam("id") UUID id, @PathParam("number") int number) {
        return service.version(id, number, KnowledgeAccess.of(user));
    }

    @GET
    @Path("/{id}/diff")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.KB_EDITOR })
    @Operation(operationId = "diffKnowledgeArticleVersions", summary = "Сравнить две версии",
            description = "Изменённые поля и построчное сравнение текста.")
    @APIResponse(responseCode = "200", description = "Различия")
    @APIResponse(responseCode = "400", description = "Не указаны версии",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такой статьи или версии",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionDiff diff(@PathParam("id") UUID id,
            @QueryParam("from") @NotNull(message = "Укажите старую версию") @Min(value = 1, message = "Версии нумеруются с 1")
            @Parameter(description = "Старая версия", required = true, example = "1") Integer from,
            @QueryParam("to") @NotNull(message = "Укажите новую версию") @Min(value = 1, message = "Версии нумеруются с 1")
            @Parameter(description = "Новая версия", required = true, example = "2") Integer to) {
        return service.diff(id, from, to, KnowledgeAccess.of(user));
    }

    @POST
    @Path("/{id}/versions/{number}/restore")
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Operation(operationId = "restoreKnowledgeArticleVersion", summary = "Восстановить версию",
            description = "Содержимое старой версии становится новой версией; история не переписывается, состояние публикации не меняется.")
    @APIResponse(responseCode = "200", description = "Статья после восстановления")
    @APIResponse(responseCode = "403", description = "Раздел другого подразделения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такой статьи или версии",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView restore(@PathParam("id") UUID id, @PathParam("number") int number) {
        return service.restore(id, number, KnowledgeAccess.of(user));
    }
}
