package ru.otklik.shared.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the single-page app for its client-side routes (/staff, /my, …): any GET that is not
 * the API, a Quarkus endpoint or a file is answered with index.html.
 */
@ApplicationScoped
public class SpaRoutes {

    void install(@Observes Router router) {
        router.get().order(Integer.MIN_VALUE).handler(ctx -> {
            String path = ctx.normalizedPath();
            if (path.equals("/") || path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/")
                    || path.substring(path.lastIndexOf('/')).contains(".")) {
                ctx.next();
            } else {
                ctx.reroute("/");
            }
        });
    }
}
