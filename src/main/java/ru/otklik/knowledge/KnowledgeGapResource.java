package ru.otklik.knowledge;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.knowledge.api.GapList;
import ru.otklik.knowledge.api.GapResolveRequest;
import ru.otklik.knowledge.api.GapView;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.shared.problem.Problem;

@Path("/api/v1/knowledge/gaps")
@Tag(name = "База знаний")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeGapResource {

    private final GapService service;
    private final CurrentUser user;

    KnowledgeGapResource(GapService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @RolesAllowed({ Roles.KB_EDITOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "listKnowledgeGaps", summary = "Пробелы базы знаний",
            description = "Недавние вопросы клиентов, на которые в базе знаний нет хорошего ответа (§35), сгруппированные по теме "
                    + "и сходству: кандидаты в частые вопросы. Примеры сокращены, имена, телефоны и адреса почты убраны. "
                    + "Список пересчитывается каждую ночь и по запросу редактора.")
    @APIResponse(responseCode = "200", description = "Открытые пробелы, самые частые первыми")
    @APIResponse(responseCode = "400", description = "Неизвестное подразделение",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для редакторов, руководителей и администратора",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GapList gaps(@QueryParam("department") @Parameter(description = "Только темы этого подразделения", example = "land") String department) {
        return service.list(department);
    }

    @POST
    @Path("/refresh")
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Operation(operationId = "refreshKnowledgeGaps", summary = "Пересчитать пробелы базы знаний",
            description = "Пересчитывает открытые пробелы по вопросам последних дней сейчас, не дожидаясь ночного пересчёта. "
                    + "Принятые решения («частый вопрос создан», «отклонено») сохраняются.")
    @APIResponse(responseCode = "200", description = "Пересчитанный список")
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для редакторов и администратора",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GapList refresh() {
        return service.refresh();
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed({ Roles.KB_EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveKnowledgeGap", summary = "Решение по пробелу",
            description = "Редактор подразделения, за которым закреплена тема, отмечает «частый вопрос создан» (со ссылкой на статью) "
                    + "или «отклонено». Вопросы решённого пробела больше не попадают в список.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GapResolveRequest.class)))
    @APIResponse(responseCode = "200", description = "Решение записано")
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Тема другого подразделения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такого пробела",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Решение уже принято",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GapView resolve(@PathParam("id") UUID id, @Valid @NotNull(message = "Нужно тело запроса") GapResolveRequest request) {
        return service.resolve(id, request, KnowledgeAccess.of(user));
    }
}
