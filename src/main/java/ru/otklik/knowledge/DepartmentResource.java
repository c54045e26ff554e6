package ru.otklik.knowledge;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.knowledge.api.DepartmentHeadRequest;
import ru.otklik.knowledge.api.DepartmentView;
import ru.otklik.security.Roles;
import ru.otklik.shared.problem.Problem;

@Path("/api/v1/departments")
@Tag(name = "База знаний")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    private final DepartmentService service;

    DepartmentResource(DepartmentService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listDepartments", summary = "Подразделения и номера консультационной линии",
            description = "Десять подразделений департамента с номерами консультационной линии (§18), в порядке Порядка. Публикуется на портале.")
    @APIResponse(responseCode = "200", description = "Подразделения")
    public List<DepartmentView> list() {
        return service.all();
    }

    @PUT
    @Path("/{code}/head")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setDepartmentHead", summary = "Почта руководителя подразделения",
            description = "Куда отправлять руководителю подразделения напоминания о разделах базы знаний, которые пора актуализировать (§35). "
                    + "Пустой адрес отключает напоминания.")
    @APIResponse(responseCode = "204", description = "Сохранено")
    @APIResponse(responseCode = "400", description = "Неверный адрес",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Нет такого подразделения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void setHead(@PathParam("code") String code,
            @Valid @NotNull(message = "Нужно тело запроса") DepartmentHeadRequest request) {
        service.setHeadEmail(code, request.email());
    }
}
