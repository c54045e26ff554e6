package ru.otklik.knowledge;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.knowledge.api.SearchResult;
import ru.otklik.security.CurrentUser;
import ru.otklik.shared.problem.Problem;

@Path("/api/v1/knowledge/search")
@Tag(name = "База знаний")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeSearchResource {

    private final SearchService service;
    private final CurrentUser user;

    KnowledgeSearchResource(SearchService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "oidc"))
    @Operation(operationId = "searchKnowledge", summary = "Поиск по базе знаний",
            description = "Полнотекстовый поиск по-русски по заголовкам, вопросам и текстам: с учётом словоформ («земельного участка» находит «земельный участок») "
                    + "и опечаток, лучшие совпадения первыми, с выделенными фрагментами. Сотрудники ищут по всем опубликованным статьям, "
                    + "без входа — только по публичным частым вопросам портала.")
    @APIResponse(responseCode = "200", description = "Результаты, лучшие первыми")
    @APIResponse(responseCode = "400", description = "Пустой запрос или неизвестный фильтр",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchResult search(
            @QueryParam("q") @Size(max = 300, message = "Запрос — не длиннее 300 символов")
            @Parameter(description = "Что искать", required = true, example = "аренда земельного участка без торгов") String q,
            @QueryParam("kind") @Parameter(description = "Только этот вид материала", schema = @Schema(implementation = ArticleKind.class)) String kind,
            @QueryParam("department") @Parameter(description = "Только это подразделение", example = "land") String department,
            @QueryParam("topic") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "Код темы: латинские строчные буквы, цифры, точка, дефис, подчёркивание")
            @Parameter(description = "Только статьи с этой темой классификатора", example = "land.lease") String topic,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "От 1 до 50 результатов") @Max(value = 50, message = "От 1 до 50 результатов")
            @Parameter(description = "Сколько результатов вернуть, от 1 до 50", example = "20") int limit) {
        return service.search(q, kind, department, topic, limit, KnowledgeAccess.of(user));
    }
}
