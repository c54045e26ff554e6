package ru.otklik.calendar;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import ru.otklik.shared.problem.FieldProblem;
import ru.otklik.shared.problem.Problem;
import ru.otklik.shared.problem.ProblemException;

/**
 * Reports the calendar's own failures as problems. They are plain exceptions because the calendar
 * arithmetic is pure; any feature that computes a deadline gets the same answer.
 */
public class CalendarProblems {

    /** Problem type of a computation that needs a year nobody loaded. */
    public static final String NOT_LOADED = "calendar-not-loaded";

    /** A missing year is a state of the server, not a bad request: 409 until an admin loads it. */
    @ServerExceptionMapper
    public Response notLoaded(CalendarNotLoadedException e, UriInfo uri) {
        return respond(notLoaded(e.year(), 409), uri);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidCalendarException e, UriInfo uri) {
        return respond(ProblemException.invalid(e.errors().stream()
                .map(error -> new FieldProblem(error.field(), error.message()))
                .toList()), uri);
    }

    @ServerExceptionMapper
    public Response outOfRange(OutOfCalendarRangeException e, UriInfo uri) {
        return respond(new ProblemException("calendar-out-of-range", 422, "Дата вне производственного календаря",
                "Календарь описывает годы с " + CalendarYear.MIN_YEAR + " по " + CalendarYear.MAX_YEAR + ", а " + e.getMessage()), uri);
    }

    static ProblemException notLoaded(int year, int status) {
        return new ProblemException(NOT_LOADED, status, "Производственный календарь не загружен",
                "calendar for " + year + " not loaded: загрузите производственный календарь на " + year
                        + " год или включите предварительный расчёт по выходным");
    }

    private static Response respond(ProblemException e, UriInfo uri) {
        Problem problem = e.problem();
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : uri.getPath()))
                .build();
    }
}
