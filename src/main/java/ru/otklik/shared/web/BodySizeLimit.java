package ru.otklik.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import ru.otklik.shared.problem.Problem;

/**
 * Refuses oversized bodies with a problem document before they are read. Vert.x has its own,
 * higher hard limit for bodies sent without a length; this one gives people a readable answer.
 */
public class BodySizeLimit {

    @ConfigProperty(name = "otklik.http.max-body-size")
    long maxBodySize;

    /** Forms with files are bigger; the files' own limits are checked, and named, after parsing. */
    @ConfigProperty(name = "otklik.http.max-multipart-size")
    long maxMultipartSize;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, UriInfo uri) {
        String length = request.getHeaderString("Content-Length");
        if (length == null) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        String type = request.getHeaderString("Content-Type");
        long limit = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/") ? maxMultipartSize
                : maxBodySize;
        if (bytes <= limit) {
            return null;
        }
        Problem problem = new Problem("/problems/body-too-large", "Слишком большой запрос", 413,
                "Тело запроса — " + bytes + " байт, допускается не больше " + limit + " байт.",
                uri.getPath(), java.util.List.of());
        return Response.status(413).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
