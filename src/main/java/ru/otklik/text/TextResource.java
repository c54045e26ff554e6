package ru.otklik.text;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.security.Roles;
import ru.otklik.shared.problem.Problem;
import ru.otklik.text.api.AnalyseText;
import ru.otklik.text.api.TextAnalysis;

@Path("/api/v1/text")
@Tag(name = "Анализ текста", description = "Оскорбления и угрозы (§9), срочность (§8), тема (§7), простота языка (§6, §14)")
@Produces(MediaType.APPLICATION_JSON)
public class TextResource {

    private final TextAnalysisService service;

    TextResource(TextAnalysisService service) {
        this.service = service;
    }

    @POST
    @Path("/analyse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.KB_EDITOR, Roles.ADMIN })
    @Operation(operationId = "analyseText", summary = "Проанализировать текст",
            description = "Для входящего обращения: оскорбления, брань и угрозы (§9), срочность (§8), три вероятные темы (§7). "
                    + "Для черновика ответа: те же проверки §9 и простота языка (§6, §14). Каждый вердикт — с фрагментами текста.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AnalyseText.class)))
    @APIResponse(responseCode = "200", description = "Результат анализа",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TextAnalysis.class)))
    @APIResponse(responseCode = "400", description = "Текст пустой, длиннее 100 000 символов или вид текста не указан",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для сотрудников",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Слишком большой запрос",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TextAnalysis analyse(@NotNull(message = "Тело запроса обязательно") @Valid AnalyseText request) {
        return service.analyse(request);
    }
}
