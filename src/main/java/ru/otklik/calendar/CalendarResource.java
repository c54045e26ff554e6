package ru.otklik.calendar;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.calendar.CalendarImports.ImportFormat;
import ru.otklik.calendar.api.CalendarDayView;
import ru.otklik.calendar.api.CalendarImport;
import ru.otklik.calendar.api.CalendarSettingsUpdate;
import ru.otklik.calendar.api.CalendarSettingsView;
import ru.otklik.calendar.api.CalendarYearSummary;
import ru.otklik.calendar.api.CalendarYearView;
import ru.otklik.calendar.api.DayEdit;
import ru.otklik.calendar.api.DeadlineView;
import ru.otklik.calendar.api.ScheduleView;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.shared.problem.Problem;

@Path("/api/v1/calendar")
@Tag(name = "Календарь", description = "Производственный календарь, рабочее время и сроки")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final CalendarService service;
    private final CalendarImports imports;
    private final WorkingSchedules schedules;
    private final CurrentUser user;

    CalendarResource(CalendarService service, CalendarImports imports, WorkingSchedules schedules, CurrentUser user) {
        this.service = service;
        this.imports = imports;
        this.schedules = schedules;
        this.user = user;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCalendarYears", summary = "Загруженные годы", description = "Годы производственного календаря, по которым считаются сроки.")
    public List<CalendarYearSummary> years() {
        ProductionCalendar calendar = service.calendar();
        return service.years().stream()
                .map(y -> new CalendarYearSummary(y.year(), y.decree(), y.version(), calendar.workingDaysIn(y.year())))
                .toList();
    }

    @GET
    @Path("/{year}")
    @PermitAll
    @Operation(operationId = "getCalendarYear", summary = "Год производственного календаря",
            description = "Все особые дни года: праздники, перенесённые выходные, рабочие выходные и сокращённые дни.")
    @APIResponse(responseCode = "200", description = "Год")
    @APIResponse(responseCode = "400", description = "Год вне 2000–2100 или не число",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Год не загружен (тип /problems/calendar-not-loaded)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarYearView year(@Parameter(description = "Год", example = "2026") @PathParam("year") String year) {
        int y = CalendarParams.year(year);
        return view(service.calendar().year(y).orElseThrow(() -> CalendarProblems.notLoaded(y, 404)));
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML })
    @Operation(operationId = "importCalendarYear", summary = "Импортировать год",
            description = "Заменяет год целиком одной транзакцией: при любой ошибке не сохраняется ничего. "
                    + "Принимает JSON (как файлы calendar/ru/<год>.json) или XML формата xmlcalendar "
                    + "(Content-Type: application/xml); для XML постановление можно передать параметром decree.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarImport.class)),
            @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "xmlcalendar", value = "<calendar year=\"2026\" lang=\"ru\"><holidays>"
                            + "<holiday id=\"1\" title=\"Новогодние каникулы\"/></holidays><days><day d=\"01.01\" t=\"1\" h=\"1\"/>"
                            + "<day d=\"01.09\" t=\"1\" f=\"01.03\"/><day d=\"04.30\" t=\"2\"/></days></calendar>")) })
    @APIResponse(responseCode = "200", description = "Год сохранён, версия увеличена")
    @APIResponse(responseCode = "400", description = "Ошибки в файле; поля названы в errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Нужен вход",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для администратора",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarYearView importYear(
            @Parameter(description = "Год", example = "2026") @PathParam("year") String year,
            @Parameter(description = "Постановление (для XML, где его нет)") @QueryParam("decree") String decree,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            String body) throws JsonProcessingException {
        int y = CalendarParams.year(year);
        ImportFormat format = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("xml")
                ? ImportFormat.XML : ImportFormat.JSON;
        CalendarYear data = imports.parse(format, body, y, CalendarParams.decree(decree));
        String actor = user.name().length() > 255 ? user.name().substring(0, 255) : user.name();
        String source = (format == ImportFormat.XML ? "import xmlcalendar" : "import json") + " by " + actor;
        return view(service.importYear(data, source));
    }

    @PUT
    @Path("/days/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editCalendarDay", summary = "Изменить один день", description = "Задаёт вид дня загруженного года; версия года растёт.")
    @APIResponse(responseCode = "200", description = "Год после правки")
    @APIResponse(responseCode = "400", description = "Неверная дата или вид дня",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для администратора",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Год не загружен",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarYearView editDay(@Parameter(description = "Дата", example = "2026-12-31") @PathParam("date") String date,
            @NotNull(message = "Тело запроса обязательно") @Valid DayEdit edit) {
        return view(service.editDay(CalendarParams.date("date", date), CalendarParams.kind(edit.kind()), edit.note(), user.name()));
    }

    @DELETE
    @Path("/days/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "resetCalendarDay", summary = "Сделать день обычным", description = "Убирает особый вид дня; версия года растёт.")
    @APIResponse(responseCode = "200", description = "Год после правки")
    @APIResponse(responseCode = "403", description = "Только для администратора",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Год не загружен",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarYearView resetDay(@Parameter(description = "Дата", example = "2026-12-31") @PathParam("date") String date) {
        return view(service.editDay(CalendarParams.date("date", date), null, null, user.name()));
    }

    @GET
    @Path("/deadline")
    @PermitAll
    @Operation(operationId = "computeDeadline", summary = "Рассчитать срок",
            description = "Срок по правилу от момента поступления или регистрации. Правила: primary_response (24 часа без "
                    + "выходных и праздников, §10), urgent_answer (5 рабочих дней, §8), inadmissibility_notice (1 рабочий "
                    + "день, §9), appeal_answer (30 дней, 59-ФЗ), appeal_extension (+30 дней от текущего срока), "
                    + "redirect (7 дней, 59-ФЗ ст. 8), info_request (30 дней, 8-ФЗ). Срок в днях истекает в конце дня; "
                    + "если он приходится на нерабочий день, переносится на следующий рабочий.")
    @APIResponse(responseCode = "200", description = "Срок")
    @APIResponse(responseCode = "400", description = "Неизвестное правило или момент без смещения",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Нужный год не загружен, а резервный расчёт выключен (тип /problems/calendar-not-loaded)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Срок выходит за 2000–2100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadlineView deadline(
            @Parameter(description = "Момент ISO-8601 со смещением (знак + кодируйте как %2B)", example = "2026-03-13T15:00:00+07:00")
            @QueryParam("from") String from,
            @Parameter(description = "Правило", example = "primary_response",
                    schema = @Schema(enumeration = { "primary_response", "urgent_answer", "inadmissibility_notice", "appeal_answer",
                            "appeal_extension", "redirect", "info_request" }))
            @QueryParam("rule") String rule) {
        DeadlineRule r = CalendarParams.rule(rule);
        Deadline deadline = service.deadline(r, CalendarParams.instant("from", from));
        return new DeadlineView(deadline.due().atZone(service.workingTime().zone()).toOffsetDateTime(),
                r.code(), r.clause(), deadline.calendarVersion(), deadline.provisional());
    }

    @GET
    @Path("/settings")
    @PermitAll
    @Operation(operationId = "getCalendarSettings", summary = "Настройки календаря")
    public CalendarSettingsView settings() {
        return view(service.settings());
    }

    @PUT
    @Path("/settings")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCalendarSettings", summary = "Изменить настройки календаря",
            description = "Включает или выключает предварительный расчёт сроков по выходным для незагруженных лет.")
    @APIResponse(responseCode = "200", description = "Настройки после изменения")
    @APIResponse(responseCode = "400", description = "Ошибки в полях",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Только для администратора",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarSettingsView updateSettings(@NotNull(message = "Тело запроса обязательно") @Valid CalendarSettingsUpdate update) {
        return view(service.setFallback(update.fallbackEnabled(), user.name()));
    }

    @GET
    @Path("/schedules")
    @PermitAll
    @Operation(operationId = "listSchedules", summary = "Графики работы",
            description = "Недельные графики (консультационная линия, департамент, пункты приёма); в нерабочие дни графики не действуют, "
                    + "в предпраздничные заканчиваются на час раньше.")
    public List<ScheduleView> schedules() {
        return schedules.all();
    }

    private CalendarYearView view(CalendarYear year) {
        return new CalendarYearView(year.year(), year.decree(), year.version(), year.year() + "." + year.version(),
                year.days().stream().map(d -> new CalendarDayView(d.date(), d.kind().code(), d.note())).toList());
    }

    private CalendarSettingsView view(CalendarSettingsEntity settings) {
        return new CalendarSettingsView(settings.fallbackEnabled,
                settings.updatedAt.atZone(service.workingTime().zone()).toOffsetDateTime(), settings.updatedBy);
    }
}
