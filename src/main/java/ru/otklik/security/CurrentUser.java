package ru.otklik.security;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: anonymous, a client, or staff. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean isStaff() {
        return Roles.STAFF.stream().anyMatch(identity::hasRole);
    }

    public boolean isClient() {
        return identity.hasRole(Roles.CLIENT);
    }

    /** The stable subject of the token ({@code sub}), which links a client to their own records. */
    public Optional<String> subject() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return Optional.of(jwt.getSubject());
        }
        return Optional.of(identity.getPrincipal().getName());
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
