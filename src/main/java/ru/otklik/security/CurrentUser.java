package ru.otklik.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: anonymous, a client, or staff, and which units of the department they belong to. */
@RequestScoped
public class CurrentUser {

    /**
     * The access-token claim naming the caller's unit(s) by department code: one string
     * ({@code "land"}) or a list ({@code ["land", "legal"]}). Keycloak fills it from the user
     * attribute {@code department} (see docker/keycloak/otklik-realm.json).
     */
    public static final String DEPARTMENT_CLAIM = "department";

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

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The department codes of the {@value #DEPARTMENT_CLAIM} claim; empty when absent or anonymous. */
    public Set<String> departments() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Set.of();
        }
        Object claim = jwt.getClaim(DEPARTMENT_CLAIM);
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(value -> addCode(codes, value));
        } else if (claim != null) {
            addCode(codes, claim);
        }
        return Set.copyOf(codes);
    }

    /** Claim values arrive as strings or as JSON values whose text form keeps the quotes. */
    private static void addCode(Set<String> codes, Object value) {
        String code = value.toString().strip();
        if (code.length() >= 2 && code.startsWith("\"") && code.endsWith("\"")) {
            code = code.substring(1, code.length() - 1);
        }
        if (!code.isBlank()) {
            codes.add(code);
        }
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

    /** A text claim of the access token (e.g. {@code name}, {@code email}); empty when absent, blank or anonymous. */
    public Optional<String> claim(String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
