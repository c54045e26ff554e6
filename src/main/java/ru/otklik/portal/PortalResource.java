package ru.otklik.portal;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/portal")
@Tag(name = "Портал", description = "Общедоступные сведения для веб-приложения")
@Produces(MediaType.APPLICATION_JSON)
public class PortalResource {

    @ConfigProperty(name = "otklik.spa.oidc-authority")
    String authority;

    @ConfigProperty(name = "otklik.spa.oidc-client-id")
    String clientId;

    @GET
    @Path("/config")
    @PermitAll
    @Operation(operationId = "getPortalConfig", summary = "Настройки входа",
            description = "Где веб-приложению начинать вход по OIDC (код авторизации + PKCE).")
    @APIResponse(responseCode = "200", description = "Настройки")
    public PortalConfig config() {
        return new PortalConfig(authority, clientId);
    }
}
