package ru.otklik.notifications;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import ru.otklik.notifications.api.MyNotifications;
import ru.otklik.notifications.api.NotificationDetails;
import ru.otklik.notifications.api.NotificationView;
import ru.otklik.notifications.api.RerouteRequest;
import ru.otklik.notifications.api.TimelinessReport;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.security.audit.PersonalDataAccess;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.Problem;
import ru.otklik.shared.problem.ProblemException;

/** The delivery log and its repairs for staff; the portal inbox for clients. */
@Path("/api/v1/notifications")
@Tag(name = "Уведомления", description = "Уведомления клиентам по всем каналам: журнал доставки, повтор, перенаправление, личный кабинет")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService service;
    private final CurrentUser user;

    NotificationResource(NotificationService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @PersonalDataAccess("notification")
    @Operation(operationId = "listNotifications", summary = "Журнал доставки уведомлений",
            description = "Уведомления по обращению или клиенту, новые первыми; неудавшиеся видны с причиной.")
    @APIResponse(responseCode = "200", description = "Страница журнала")
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Нет прав сотрудника",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<NotificationView> list(
            @QueryParam("messageId") @Parameter(description = "Обращение") UUID messageId,
            @QueryParam("client") @Size(max = 255, message = "Не длиннее 255 символов")
            @Parameter(description = "Клиент: логин портала, электронная почта или телефон", example = "maria@example.org") String client,
            @QueryParam("status") @Parameter(description = "Состояние доставки", example = "failed") NotificationStatus status,
            @QueryParam("channel") @Parameter(description = "Канал: email, sms, portal, post, phone", example = "sms") String channel,
            @QueryParam("kind") @Parameter(description = "Вид уведомления", example = "primary_response") String kind,
            @QueryParam("late") @Parameter(description = "Только нарушившие свой срок (§9, §10): переданные после срока "
                    + "или не переданные, когда срок прошёл") boolean late,
            @Valid @BeanParam PageRequest page) {
        return service.log(new NotificationService.LogFilter(messageId, client, status, channel(channel), kind(kind), late),
                page);
    }

    @GET
    @Path("/timeliness")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "getNotificationTimeliness", summary = "Соблюдение сроков уведомлений",
            description = "Сколько уведомлений со сроком в периоде (первичный ответ — 24 рабочих часа с регистрации, §10; "
                    + "уведомление о недопустимости — 1 рабочий день, §9) передано в срок, после срока, и сколько просрочено "
                    + "и ещё не передано. Уведомление по нескольким каналам считается один раз.")
    @APIResponse(responseCode = "200", description = "Счётчики")
    @APIResponse(responseCode = "400", description = "Период не указан или указан неверно",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TimelinessReport timeliness(
            @QueryParam("from") @Parameter(description = "Начало периода (срок не раньше), ISO-8601 со смещением",
                    example = "2026-12-01T00:00:00+07:00") String from,
            @QueryParam("to") @Parameter(description = "Конец периода (срок раньше), ISO-8601 со смещением",
                    example = "2027-01-01T00:00:00+07:00") String to,
            @QueryParam("kind") @Parameter(description = "Вид уведомления", example = "primary_response") String kind) {
        return service.timeliness(moment("from", from), moment("to", to), kind(kind));
    }

    private static OffsetDateTime moment(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "Укажите дату и время, например 2026-12-01T00:00:00+07:00");
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "Дата и время в формате ISO-8601 со смещением, например 2026-12-01T00:00:00+07:00");
        }
    }

    private static DeliveryChannel channel(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return DeliveryChannel.fromCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("channel", "Канал — email, sms, portal, post или phone");
        }
    }

    private static NotificationKind kind(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        NotificationKind kind = NotificationKind.fromCode(code.strip());
        if (kind == null) {
            throw ProblemException.invalid("kind", "Нет вида уведомлений «" + code.strip() + "»");
        }
        return kind;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @PersonalDataAccess("notification")
    @Operation(operationId = "getNotification", summary = "Уведомление и попытки доставки",
            description = "Отправленный текст и каждая попытка с итогом, в том числе прерванные остановкой приложения.")
    @APIResponse(responseCode = "200", description = "Уведомление")
    @APIResponse(responseCode = "404", description = "Нет такого уведомления",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationDetails get(@PathParam("id") UUID id) {
        return service.details(id);
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed({ Roles.OPERATOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "retryNotification", summary = "Повторить доставку",
            description = "Неудавшееся уведомление получает новую серию попыток, первая — сразу.")
    @APIResponse(responseCode = "200", description = "Уведомление снова ждёт отправки")
    @APIResponse(responseCode = "404", description = "Нет такого уведомления",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Уведомление не в состоянии «не удалось»",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationView retry(@PathParam("id") UUID id) {
        return service.retry(id, user.name());
    }

    @POST
    @Path("/{id}/reroute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "rerouteNotification", summary = "Отправить другим каналом",
            description = "Тот же текст (та же версия шаблона и данные) уходит новым уведомлением по другому каналу.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RerouteRequest.class)))
    @APIResponse(responseCode = "201", description = "Новое уведомление поставлено в очередь",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Уведомление ещё доставляется",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Для канала нет контакта клиента",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reroute(@PathParam("id") UUID id,
            @NotNull(message = "Тело запроса обязательно") @Valid RerouteRequest request, UriInfo uri) {
        NotificationView created = service.reroute(id, request.channel(), request.recipient(), user.name());
        URI location = uri.getBaseUriBuilder().path("api/v1/notifications").path(created.id().toString()).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.CLIENT)
    @Operation(operationId = "listMyNotifications", summary = "Мои уведомления",
            description = "Уведомления в личном кабинете вошедшего клиента, новые первыми, с числом непрочитанных.")
    @APIResponse(responseCode = "200", description = "Страница уведомлений")
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MyNotifications mine(@Valid @BeanParam PageRequest page) {
        return service.inbox(user.subject().orElseThrow(), page);
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed(Roles.CLIENT)
    @Operation(operationId = "markNotificationRead", summary = "Отметить прочитанным",
            description = "Отмечает уведомление в личном кабинете прочитанным; повторная отметка ничего не меняет.")
    @APIResponse(responseCode = "204", description = "Отмечено")
    @APIResponse(responseCode = "404", description = "Нет такого уведомления в вашем кабинете",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void markRead(@PathParam("id") UUID id) {
        service.markRead(id, user.subject().orElseThrow());
    }
}
