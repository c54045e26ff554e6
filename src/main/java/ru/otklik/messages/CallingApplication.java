package ru.otklik.messages;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which application submitted a message. A token issued to the portal's own client (or no token:
 * the public form) is the portal; a token issued to any other OIDC client — a third-party
 * system of another authority or an MFC — is the API channel. Application-scoped: the identity
 * is the current request's through its proxy, and the portal's client id is read once, not per
 * submission.
 */
@ApplicationScoped
class CallingApplication {

    private final SecurityIdentity identity;
    private final String portalClientId;

    CallingApplication(SecurityIdentity identity,
            @ConfigProperty(name = "otklik.spa.oidc-client-id") String portalClientId) {
        this.identity = identity;
        this.portalClientId = portalClientId;
    }

    IntakeChannel intakeChannel() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return IntakeChannel.PORTAL;
        }
        Object azp = jwt.getClaim("azp");
        String client = azp == null ? null : azp.toString().replace("\"", "").strip();
        return client == null || client.isEmpty() || client.equals(portalClientId) ? IntakeChannel.PORTAL
                : IntakeChannel.API;
    }
}
