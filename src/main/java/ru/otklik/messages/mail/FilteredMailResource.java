package ru.otklik.messages.mail;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.messages.api.FilteredMailItem;
import ru.otklik.messages.api.FilteredMailView;
import ru.otklik.messages.api.MessageReceipt;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.security.audit.PersonalDataAccess;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.Problem;

/** Mail the intake filter took for automatic, for the staff who register messages. */
@Path("/api/v1/mail/filtered")
@Tag(name = "Обращения")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OPERATOR, Roles.ADMIN })
public class FilteredMailResource {

    private final FilteredMailService service;
    private final CurrentUser user;

    FilteredMailResource(FilteredMailService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @PersonalDataAccess("filtered_mail")
    @Operation(operationId = "listFilteredMail", summary = "Отфильтрованная почта",
            description = "Письма из ящика департамента, которые фильтр счёл автоматическими (автоответы, рассылки, "
                    + "письма роботов) и не зарегистрировал: отправитель, тема, время, причина. Новые первыми.")
    @APIResponse(responseCode = "200", description = "Страница писем")
    @APIResponse(responseCode = "403", description = "Только для операторов",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<FilteredMailItem> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @PersonalDataAccess("filtered_mail")
    @Operation(operationId = "getFilteredMail", summary = "Отфильтрованное письмо",
            description = "Текст письма и имена вложений; просмотр записывается в журнал аудита.")
    @APIResponse(responseCode = "200", description = "Письмо")
    @APIResponse(responseCode = "404", description = "Нет такого письма",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FilteredMailView get(@PathParam("id") UUID id) {
        return service.view(id);
    }

    @POST
    @Path("/{id}/registration")
    @PersonalDataAccess("filtered_mail")
    @Operation(operationId = "registerFilteredMail", summary = "Зарегистрировать письмо как обращение",
            description = "Если фильтр ошибся (например, настоящее письмо с ящика, похожего на робота), письмо "
                    + "регистрируется как обращение по электронной почте, и отправителю уходит первичный ответ (§10).")
    @APIResponse(responseCode = "201", description = "Обращение зарегистрировано",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageReceipt.class)))
    @APIResponse(responseCode = "404", description = "Нет такого письма",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Уже зарегистрировано или ответить некуда",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("id") UUID id, UriInfo uri) {
        MessageReceipt receipt = service.register(id, user);
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/messages/{id}").build(receipt.id()))
                .entity(receipt).build();
    }
}
