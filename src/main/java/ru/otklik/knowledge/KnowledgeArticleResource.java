package ru.otklik.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.otklik.knowledge.api.ArticleAttachmentView;
import ru.otklik.knowledge.api.ArticleRequest;
import ru.otklik.knowledge.api.ArticleSummary;
import ru.otklik.knowledge.api.ArticleView;
import ru.otklik.knowledge.api.VersionDiff;
import ru.otklik.knowledge.api.VersionSummary;
import ru.otklik.knowledge.api.AttachmentFile;
import ru.otklik.knowledge.api.VersionView;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.Problem;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.web.Downloads;

@Path("/api/v1/knowledge/articles")
@Tag(name = "База знаний", description = "Материалы по функциям департамента, поиск, версии, актуализация, справочник органов (§13, §25, §29, §31–§35)")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeArticleResource {

    private final ArticleService service;
    private final ArticleAttachmentService files;
    private final CurrentUser user;

    KnowledgeArticleResource(ArticleService service, ArticleAttachmentService files, CurrentUser user) {
        this.service = service;
        this.files = files;
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

    @POST
    @Path("/{id}/attachments")
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addKnowledgeAttachment", summary = "Приложить файл к статье",
            description = "Часть «file» — один файл: PDF, DOCX, XLSX, ODT, ODS, RTF, текст, PNG или JPEG. Тип определяется "
                    + "по содержимому, а не по имени; расширение, говорящее о другом формате, отклоняется. Тот же файл "
                    + "(по SHA-256) второй раз к той же статье не прикладывается — ответ 409 с именем уже приложенного. "
                    + "Создаёт новую версию статьи («Добавлен файл …»).")
    @APIResponse(responseCode = "201", description = "Файл приложен",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAttachmentView.class)))
    @APIResponse(responseCode = "400", description = "Нет части «file»",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Раздел другого подразделения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такой статьи",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Такой файл уже приложен к статье",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Файл слишком большой",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "По содержимому файл не из допустимых форматов",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Пустой файл, расширение не совпадает с содержимым или файлов слишком много",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addAttachment(@PathParam("id") UUID id, @RestForm("file") FileUpload file, UriInfo uri) {
        if (file == null) {
            throw ProblemException.invalid("file", "Выберите файл");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Uploaded file vanished before it was read", e);
        }
        ArticleAttachmentView added = files.add(id, file.fileName(), content, KnowledgeAccess.of(user));
        URI location = uri.getAbsolutePathBuilder().path(added.id().toString()).build();
        return Response.created(location).entity(added).build();
    }

    @GET
    @Path("/{id}/attachments")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "oidc"))
    @Operation(operationId = "listKnowledgeAttachments", summary = "Файлы статьи",
            description = "Доступны тем, кто может читать статью: без входа — только файлы опубликованных публичных частых вопросов.")
    @APIResponse(responseCode = "200", description = "Файлы, старые первыми")
    @APIResponse(responseCode = "404", description = "Нет такой статьи или она вам недоступна",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ArticleAttachmentView> attachments(@PathParam("id") UUID id) {
        return files.list(id, KnowledgeAccess.of(user));
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "oidc"))
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadKnowledgeAttachment", summary = "Скачать файл статьи",
            description = "Файл в точности как приложен, с исходным именем и типом по содержимому. ETag — его SHA-256: "
                    + "с If-None-Match ответ 304, если файл не изменился.")
    @APIResponse(responseCode = "200", description = "Файл",
            headers = @Header(name = "ETag", description = "SHA-256 файла в кавычках", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Файл не изменился")
    @APIResponse(responseCode = "404", description = "Нет такого файла, статьи, или статья вам недоступна",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response downloadAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId,
            @Context Request request) {
        AttachmentFile file = files.content(id, attachmentId, KnowledgeAccess.of(user));
        EntityTag etag = new EntityTag(file.sha256());
        // drafts are for their editors only, so no shared cache may keep a copy; the ETag saves the bytes
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(file.content(), file.mediaType())
                .tag(etag)
                .cacheControl(cache)
                .header("Content-Disposition", Downloads.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Operation(operationId = "removeKnowledgeAttachment", summary = "Убрать файл из статьи",
            description = "Файл перестаёт показываться; в истории версий появляется запись «Удалён файл …» с автором и временем.")
    @APIResponse(responseCode = "204", description = "Файл убран")
    @APIResponse(responseCode = "403", description = "Раздел другого подразделения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такой статьи или файла",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void removeAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        files.remove(id, attachmentId, KnowledgeAccess.of(user));
    }
}
