package ru.otklik.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.calendar.api.LineStatus;
import ru.otklik.shared.problem.Problem;

@Path("/api/v1/line")
@Tag(name = "Календарь", description = "Производственный календарь, рабочее время и сроки")
@Produces(MediaType.APPLICATION_JSON)
public class LineStatusResource {

    private final WorkingSchedules schedules;

    LineStatusResource(WorkingSchedules schedules) {
        this.schedules = schedules;
    }

    @GET
    @Path("/status")
    @PermitAll
    @Operation(operationId = "getLineStatus", summary = "Работает ли консультационная линия",
            description = "§19: пн–чт 9:00–18:00, пт 9:00–17:00, кроме выходных и нерабочих праздничных дней; "
                    + "в предпраздничные дни на час короче. Для портала.")
    @APIResponse(responseCode = "200", description = "Состояние линии")
    @APIResponse(responseCode = "409", description = "Текущий год не загружен, а резервный расчёт выключен",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LineStatus status() {
        return schedules.lineStatus();
    }
}
