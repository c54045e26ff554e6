package ru.otklik.messages;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.messages.api.AnswerDraft;
import ru.otklik.messages.api.AnswerRequest;
import ru.otklik.messages.api.AssignmentRequest;
import ru.otklik.messages.api.ClarificationRequest;
import ru.otklik.messages.api.ClarificationSlot;
import ru.otklik.messages.api.ExtensionRequest;
import ru.otklik.messages.api.InadmissibleRequest;
import ru.otklik.messages.api.MessageEventView;
import ru.otklik.messages.api.RedirectRequest;
import ru.otklik.messages.api.TriageDecision;
import ru.otklik.messages.api.WorkflowView;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.security.audit.PersonalDataAccess;
import ru.otklik.shared.problem.Problem;

@Path("/api/v1/messages/{id}")
@Tag(name = "Обращения", description = "Письменные обращения клиентов: регистрация, входящие, просмотр")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowResource {

    private static final String BODY = "Тело запроса обязательно";

    private final WorkflowService workflow;
    private final TriageService triage;
    private final CurrentUser user;

    WorkflowResource(WorkflowService workflow, TriageService triage, CurrentUser user) {
        this.workflow = workflow;
        this.triage = triage;
        this.user = user;
    }

    @GET
    @Path("/workflow")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "getMessageWorkflow", summary = "Ход работы над обращением",
            description = "Подсказки разбора с объяснениями, подтверждённый разбор, исполнитель, срок и возможные переходы.")
    @APIResponse(responseCode = "200", description = "Ход работы")
    @APIResponse(responseCode = "404", description = "Нет такого обращения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkflowView workflow(@PathParam("id") UUID id) {
        return workflow.view(id, user);
    }

    @GET
    @Path("/events")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @PersonalDataAccess("message")
    @Operation(operationId = "listMessageEvents", summary = "История обращения",
            description = "Все шаги работы над обращением по порядку: кто, когда, что сделал (§4).")
    @APIResponse(responseCode = "200", description = "Шаги истории")
    @APIResponse(responseCode = "404", description = "Нет такого обращения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<MessageEventView> events(@PathParam("id") UUID id) {
        return workflow.story(id);
    }

    @PUT
    @Path("/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "decideTriage", summary = "Подтвердить или исправить разбор",
            description = "Тема (§7), срочность (§8), проверка на оскорбления (§9) и подразделение одним вызовом. "
                    + "Решение запоминается как обучающий пример для подсказок; срочность пересчитывает срок ответа.")
    @APIResponse(responseCode = "200", description = "Разбор сохранён")
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Обращение не назначено вызывающему",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Работа закончена или обращение изменил кто-то другой",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkflowView triage(@PathParam("id") UUID id, @NotNull(message = BODY) @Valid TriageDecision decision) {
        return triage.decide(id, decision, user);
    }

    @PUT
    @Path("/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "assignMessage", summary = "Назначить исполнителя",
            description = "Руководитель назначает в своём подразделении, оператор и администратор — в любом. Обращение переходит в работу.")
    @APIResponse(responseCode = "200", description = "Назначено")
    @APIResponse(responseCode = "403", description = "Чужое подразделение",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Недопустимый переход или одновременная правка",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkflowView assign(@PathParam("id") UUID id, @NotNull(message = BODY) @Valid AssignmentRequest request) {
        return workflow.assign(id, request, user);
    }

    @GET
    @Path("/clarifications/next-slot")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "nextClarificationSlot", summary = "Когда можно связаться с клиентом",
            description = "Ближайшее рабочее время департамента по производственному календарю (§12).")
    @APIResponse(responseCode = "200", description = "Ближайшее рабочее время")
    public ClarificationSlot nextSlot(@PathParam("id") UUID id) {
        workflow.find(id);
        return workflow.nextSlot();
    }

    @POST
    @Path("/clarifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "logClarification", summary = "Записать контакт с клиентом",
            description = "Канал, что уточняли и результат (§12). Только в рабочие часы. С awaitingClient=true обращение ждёт клиента, с false — снова в работе.")
    @APIResponse(responseCode = "200", description = "Контакт записан")
    @APIResponse(responseCode = "409", description = "Обращение не в работе",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Нерабочее время",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkflowView clarify(@PathParam("id") UUID id, @NotNull(message = BODY) @Valid ClarificationRequest request) {
        return workflow.clarify(id, request, user);
    }

    @POST
    @Path("/inadmissible")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "declareInadmissible", summary = "Не рассматривать по существу (§9)",
            description = "Клиенту ставится в очередь уведомление о недопустимости со сроком один рабочий день после получения; "
                    + "после доставки обращение закрывается.")
    @APIResponse(responseCode = "200", description = "Уведомление поставлено в очередь")
    @APIResponse(responseCode = "409", description = "Недопустимый переход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkflowView inadmissible(@PathParam("id") UUID id, @NotNull(message = BODY) @Valid InadmissibleRequest request) {
        return workflow.inadmissible(id, request, user);
    }

    @POST
    @Path("/redirect")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "redirectMessage", summary = "Переадресовать (§11)",
            description = "В орган из справочника; клиенту уходит уведомление по правилам каналов.")
    @APIResponse(responseCode = "200", description = "Переадресовано")
    @APIResponse(responseCode = "409", description = "Недопустимый переход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkflowView redirect(@PathParam("id") UUID id, @NotNull(message = BODY) @Valid RedirectRequest request) {
        return workflow.redirect(id, request, user);
    }

    @POST
    @Path("/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "answerMessage", summary = "Отправить ответ или отказ (§13–§16)",
            description = "Ответ уходит письменно (почта или бумага) и дублируется по другим выбранным каналам; в нём ссылка на опрос (§16). "
                    + "Отказ, основания которого — только ссылки на нормы, не отправляется (422, §14).")
    @APIResponse(responseCode = "200", description = "Ответ поставлен в очередь")
    @APIResponse(responseCode = "409", description = "Недопустимый переход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Основания отказа — только ссылки на нормы, или нет письменного контакта",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkflowView answer(@PathParam("id") UUID id, @NotNull(message = BODY) @Valid AnswerRequest request) {
        return workflow.answer(id, request, user);
    }

    @POST
    @Path("/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "extendMessageTerm", summary = "Продлить срок ответа",
            description = "Один раз, не больше чем на 30 дней (59-ФЗ ст. 12 ч. 2); клиенту уходит уведомление.")
    @APIResponse(responseCode = "200", description = "Срок продлён")
    @APIResponse(responseCode = "409", description = "Срок уже продлевали или работа закончена",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkflowView extend(@PathParam("id") UUID id, @NotNull(message = BODY) @Valid ExtensionRequest request) {
        return workflow.extend(id, request, user);
    }

    @GET
    @Path("/answer-draft")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "draftAnswer", summary = "Черновик ответа из шаблона базы знаний (§13)",
            description = "Подставляет в статью {{clientName}}, {{registrationNumber}}, {{receivedDate}}, {{dueDate}}, {{today}}, "
                    + "{{executor}}, {{departmentName}}.")
    @APIResponse(responseCode = "200", description = "Черновик")
    @APIResponse(responseCode = "404", description = "Нет обращения или статьи",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnswerDraft answerDraft(@PathParam("id") UUID id,
            @Parameter(description = "Статья базы знаний", required = true) @QueryParam("articleId")
            @NotNull(message = "Укажите статью") UUID articleId) {
        return workflow.answerDraft(id, articleId, user);
    }
}
