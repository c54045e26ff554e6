package ru.otklik.messages.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the staff inbox; all optional, combined with «and». */
public class InboxFilter {

    @QueryParam("status")
    @Pattern(regexp = "registered|acknowledged|in_work|awaiting_clarification|answered|redirected|refused|inadmissible|closed",
            message = "Неизвестное состояние")
    @Parameter(description = "Состояние", example = "in_work")
    public String status;

    @QueryParam("department")
    @Size(max = 40, message = "Не длиннее 40 символов")
    @Parameter(description = "Код подразделения", example = "land")
    public String department;

    @QueryParam("executor")
    @Size(max = 255, message = "Не длиннее 255 символов")
    @Parameter(description = "Исполнитель", example = "ivan.executor")
    public String executor;

    @QueryParam("topic")
    @Size(max = 60, message = "Не длиннее 60 символов")
    @Parameter(description = "Код темы", example = "land.lease")
    public String topic;

    @QueryParam("urgent")
    @Parameter(description = "Только срочные (true) или только обычные (false)")
    public Boolean urgent;

    @QueryParam("overdue")
    @Parameter(description = "Только просроченные")
    public Boolean overdue;

    @QueryParam("dueToday")
    @Parameter(description = "Только со сроком сегодня")
    public Boolean dueToday;

    @QueryParam("q")
    @Size(max = 200, message = "Не длиннее 200 символов")
    @Parameter(description = "Поиск по номеру, автору и тексту", example = "2026-000123")
    public String q;
}
