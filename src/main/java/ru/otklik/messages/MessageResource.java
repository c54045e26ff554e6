package ru.otklik.messages;

import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.messages.api.InboxFilter;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.otklik.messages.api.AttachmentContent;
import ru.otklik.messages.api.AttachmentRules;
import ru.otklik.messages.api.InboxItem;
import ru.otklik.messages.api.KindChange;
import ru.otklik.messages.api.StaffRegistration;
import ru.otklik.messages.api.MessageReceipt;
import ru.otklik.messages.api.MessageView;
import ru.otklik.messages.api.SubmitMessage;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.security.audit.PersonalDataAccess;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.Problem;
import ru.otklik.shared.web.Downloads;

@Path("/api/v1/messages")
@Tag(name = "Обращения", description = "Письменные обращения клиентов: регистрация, входящие, просмотр")
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    private static final String SUBMIT_DESCRIPTION = "Регистрирует письменное обращение и сразу возвращает "
            + "регистрационный номер и срок ответа. Доступно без входа; вошедший клиент получает обращение в личный "
            + "кабинет. Тело — JSON или multipart/form-data: часть «message» — обращение в JSON, части «files» — "
            + "файлы (PDF, JPEG, PNG, TIFF, DOCX, XLSX, ODT, текст). Тип файла определяется по содержимому; файл "
            + "недопустимого типа, с заявленным типом, не совпадающим с содержимым, или сверх допустимого размера "
            + "отклоняет всё обращение, и ничего не сохраняется.";

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
            description = SUBMIT_DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmitMessage.class)))
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
        MessageReceipt receipt = service.submit(request, List.of(), user, idempotencyKey);
        return created(uri, receipt);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "submitMessage", summary = "Подать обращение", description = SUBMIT_DESCRIPTION)
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "oidc", scopes = Roles.CLIENT))
    @APIResponse(responseCode = "201", description = "Обращение зарегистрировано",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageReceipt.class)))
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Слишком большой запрос, файл или все файлы вместе (поле названо в errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Файл недопустимого типа (поле названо в errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Тип файла не совпадает с содержимым, пустой файл, или ключ повтора уже использован для другого обращения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitWithFiles(
            @RestForm("message") @PartType(MediaType.APPLICATION_JSON)
            @NotNull(message = "Нужна часть «message» с обращением в JSON") @Valid SubmitMessage message,
            @RestForm("files") List<FileUpload> uploads,
            @HeaderParam("Idempotency-Key")
            @Size(min = 8, max = 200, message = "Ключ повтора — от 8 до 200 символов")
            @Parameter(description = "Ключ повтора, как при подаче без файлов")
            String idempotencyKey,
            UriInfo uri) {
        MessageReceipt receipt = service.submit(message, Uploads.files(uploads), user, idempotencyKey);
        return created(uri, receipt);
    }

    @POST
    @Path("/registrations")
    @RolesAllowed({ Roles.OPERATOR, Roles.ADMIN })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "registerDocument", summary = "Зарегистрировать документ",
            description = "Сотрудник регистрирует бумажное письмо или документ с приёма: часть «registration» — данные в JSON, "
                    + "части «files» — сканы. Срок ответа считается от даты получения; первичный ответ (§10) уходит по "
                    + "выбранному каналу, если не отключён.")
    @APIResponse(responseCode = "201", description = "Документ зарегистрирован",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageReceipt.class)))
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для операторов",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Файл или все файлы вместе слишком большие",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Файл недопустимого типа",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Заявленный тип файла не совпадает с содержимым",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @RestForm("registration") @PartType(MediaType.APPLICATION_JSON)
            @NotNull(message = "Нужна часть «registration» с данными документа в JSON") @Valid StaffRegistration registration,
            @RestForm("files") List<FileUpload> uploads,
            UriInfo uri) {
        MessageReceipt receipt = service.registerByStaff(registration, Uploads.files(uploads), user);
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/messages/{id}").build(receipt.id()))
                .entity(receipt).build();
    }

    @GET
    @Path("/attachment-rules")
    @PermitAll
    @Operation(operationId = "getAttachmentRules", summary = "Какие файлы принимаются",
            description = "Размеры и форматы файлов, чтобы форма предупредила заранее; решает всё равно сервер.")
    @APIResponse(responseCode = "200", description = "Правила")
    public AttachmentRules attachmentRules() {
        return service.attachmentRules();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN, Roles.CLIENT })
    @PersonalDataAccess("message_attachment")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadAttachment", summary = "Скачать файл обращения",
            description = "Файл в точности как получен; заголовок Repr-Digest несёт его SHA-256. Сотрудник скачивает любой "
                    + "(доступ записывается в журнал аудита), клиент — только файлы своего обращения.")
    @APIResponse(responseCode = "200", description = "Файл",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такого файла или обращение чужое",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        AttachmentContent file = service.attachment(id, attachmentId, user);
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256()));
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", Downloads.contentDisposition(file.fileName()))
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @PUT
    @Path("/{id}/kind")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @PersonalDataAccess("message")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMessageKind", summary = "Изменить вид обращения",
            description = "Сотрудник исправляет вид, с которым обращение зарегистрировано (§2).")
    @APIResponse(responseCode = "200", description = "Обращение")
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такого обращения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MessageView changeKind(@PathParam("id") UUID id,
            @NotNull(message = "Тело запроса обязательно") @Valid KindChange change) {
        return service.changeKind(id, change.kind(), user);
    }

    private static Response created(UriInfo uri, MessageReceipt receipt) {
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
