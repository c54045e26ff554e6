package ru.otklik.knowledge;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.knowledge.api.DepartmentView;

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
}
