package ru.otklik.shared.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure that reaches the REST layer into an RFC 9457 problem, worded in Russian. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequestsException e, UriInfo uri) {
        return Response.fromResponse(respond(e.problem(), uri)).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldProblem(fieldName(v), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldProblem::field));
        return respond(ProblemException.invalid(errors).problem(), uri);
    }

    /** Declared separately: Quarkus ships a mapper for this subtype that would otherwise win. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException u) {
            return respond(ProblemException.invalid(jsonPath(u),
                    "Неизвестное поле «" + u.getPropertyName() + "»: в этом запросе его не бывает").problem(), uri);
        }
        if (e instanceof InvalidFormatException f) {
            return respond(ProblemException.invalid(jsonPath(f),
                    "Недопустимое значение «" + f.getValue() + "»").problem(), uri);
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return respond(ProblemException.invalid(jsonPath(m), "Значение неверного типа").problem(), uri);
        }
        return respond(new ProblemException("malformed-body", 400, "Тело запроса не читается",
                "Ожидался корректный JSON в кодировке UTF-8.").problem(), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new ProblemException("forbidden", 403, "Недостаточно прав",
                "У вашей учётной записи нет права на это действие.").problem(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = switch (status) {
            case 404 -> "Не найдено";
            case 405 -> "Метод не поддерживается";
            case 406 -> "Формат ответа не поддерживается";
            case 413 -> "Слишком большой запрос";
            case 415 -> "Формат тела запроса не поддерживается";
            default -> status < 500 ? "Ошибка в запросе" : "Внутренняя ошибка";
        };
        String detail = switch (status) {
            case 404 -> "Запрошенный ресурс не существует или недоступен вам.";
            case 415 -> "Отправьте тело запроса в формате application/json.";
            default -> title + ".";
        };
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        return respond(new Problem("/problems/http-" + status, title, status, detail, null, List.of()), uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (concurrentEdit(e)) {
            // a version check that fired only at commit (wrapped in the rollback): the same 409
            // that services raise when they see the conflict themselves
            LOG.infof("Concurrent edit at %s: %s", path(uri), e);
            return respond(new ProblemException("concurrent-edit", 409, "Данные уже изменили",
                    "Пока вы работали, эти данные изменил кто-то другой. Обновите страницу и повторите действие.")
                    .problem(), uri);
        }
        LOG.error("Unhandled error at " + path(uri), e);
        return respond(new ProblemException("internal", 500, "Внутренняя ошибка",
                "Запрос не выполнен из-за внутренней ошибки. Данные, принятые ранее, сохранены; повторите попытку позже.")
                .problem(), uri);
    }

    private static String path(UriInfo uri) {
        return uri == null ? "(no request)" : uri.getPath();
    }

    private static boolean concurrentEdit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(new ProblemException("unauthenticated", 401, "Требуется вход",
                        "Войдите в систему, чтобы выполнить это действие.").problem(), uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : uri.getPath()))
                .build();
    }

    /**
     * Names the field the way the client sent it: a body or bean-parameter property by its own
     * name ("email", "size"), a plain query or path parameter by the parameter's name.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else {
                nodes.add(node);
            }
        }
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        } else if (nodes.size() == 1 && nodes.get(0).getKind() == ElementKind.PARAMETER && method != null) {
            String httpName = httpParameterName(violation.getRootBeanClass(), method,
                    nodes.get(0).as(Path.ParameterNode.class).getParameterIndex());
            if (httpName != null) {
                return httpName;
            }
        }
        StringBuilder name = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null && !name.isEmpty()) {
                name.append('[').append(node.getIndex()).append(']');
            }
            // A list element is named by its index alone: "topics[0]", not "topics[0].<list element>".
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.toString();
    }

    /**
     * The name the client used for a query, header or path parameter, e.g. "Idempotency-Key".
     * Walks up from the root bean class, which may be a generated subclass without the annotations.
     */
    private static String httpParameterName(Class<?> resource, Path.MethodNode method, int index) {
        for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
            String found = httpParameterName(c.getDeclaredMethods(), method, index);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String httpParameterName(java.lang.reflect.Method[] methods, Path.MethodNode method, int index) {
        for (java.lang.reflect.Method m : methods) {
            if (m.getName().equals(method.getName()) && m.getParameterCount() == method.getParameterTypes().size()) {
                for (java.lang.annotation.Annotation a : m.getParameterAnnotations()[index]) {
                    if (a instanceof jakarta.ws.rs.HeaderParam h) {
                        return h.value();
                    }
                    if (a instanceof jakarta.ws.rs.QueryParam q) {
                        return q.value();
                    }
                    if (a instanceof jakarta.ws.rs.PathParam p) {
                        return p.value();
                    }
                }
            }
        }
        return null;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.toString();
    }
}
