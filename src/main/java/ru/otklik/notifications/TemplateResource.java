package ru.otklik.notifications;

import java.util.List;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.notifications.api.PreviewRequest;
import ru.otklik.notifications.api.PreviewView;
import ru.otklik.notifications.api.TemplateDraft;
import ru.otklik.notifications.api.TemplateView;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.shared.problem.Problem;

/** Reading, versioning and previewing the wording of notices. */
@Path("/api/v1/notification-templates")
@Tag(name = "Уведомления")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private final TemplateService templates;
    private final CurrentUser user;

    TemplateResource(TemplateService templates, CurrentUser user) {
        this.templates = templates;
        this.user = user;
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.KB_EDITOR, Roles.ADMIN })
    @Operation(operationId = "listNotificationTemplates", summary = "Шаблоны уведомлений",
            description = "Действующая версия текста каждого вида уведомлений с допустимыми и обязательными подстановками.")
    @APIResponse(responseCode = "200", description = "Шаблоны")
    public List<TemplateView> list() {
        return templates.views(user);
    }

    @GET
    @Path("/{kind}/versions")
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.KB_EDITOR, Roles.ADMIN })
    @Operation(operationId = "listNotificationTemplateVersions", summary = "Версии шаблона",
            description = "Все версии текста одного вида уведомлений, новые первыми.")
    @APIResponse(responseCode = "200", description = "Версии")
    @APIResponse(responseCode = "404", description = "Нет такого вида уведомлений",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TemplateView> versions(@PathParam("kind") @Parameter(example = "primary_response") String kind) {
        return templates.versionViews(kind, user);
    }

    @PUT
    @Path("/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Operation(operationId = "saveNotificationTemplate", summary = "Сохранить новую версию шаблона",
            description = "Сохранить может редактор базы знаний подразделения, которое ведёт шаблон, или администратор (§13). "
                    + "Проверяет подстановки (известны ли они и есть ли все, что требует Порядок) и простоту языка (§6): "
                    + "слишком длинные предложения и ссылки на нормы без объяснения не дают сохранить (422), "
                    + "остальные замечания возвращаются вместе с сохранённой версией. "
                    + "Уже поставленные в очередь уведомления не меняются.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TemplateDraft.class)))
    @APIResponse(responseCode = "200", description = "Новая версия")
    @APIResponse(responseCode = "400", description = "Ошибки в тексте шаблона: неизвестная или пропущенная подстановка, непарная скобка",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Шаблон ведёт другое подразделение, или владельца меняет не администратор",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такого вида уведомлений",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Текст трудно понять (§6): замечания, которые нужно исправить, в errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TemplateView save(@PathParam("kind") @Parameter(example = "primary_response") String kind,
            @NotNull(message = "Тело запроса обязательно") @Valid TemplateDraft draft) {
        return templates.save(kind, draft, user);
    }

    @POST
    @Path("/{kind}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.KB_EDITOR, Roles.ADMIN })
    @Operation(operationId = "previewNotificationTemplate", summary = "Предпросмотр шаблона",
            description = "Показывает письмо (текст и HTML) и SMS по действующей версии или черновику; "
                    + "недостающие значения берутся из примеров.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PreviewRequest.class)))
    @APIResponse(responseCode = "200", description = "Предпросмотр")
    @APIResponse(responseCode = "400", description = "Ошибки в черновике",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Подстановке не хватает значения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PreviewView preview(@PathParam("kind") @Parameter(example = "primary_response") String kind,
            @Valid PreviewRequest request) {
        return templates.preview(kind, request);
    }
}
