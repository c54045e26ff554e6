package ru.otklik.testing;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Bearer tokens signed with the test OIDC server's key; roles travel in the {@code groups} claim
 * and the subject is the user name, so two users never share a {@code sub}.
 */
public final class Tokens {

    private Tokens() {
    }

    public static String operator() {
        return withRoles("olga.operator", "operator");
    }

    public static String client(String subject) {
        return withRoles(subject, "client");
    }

    public static String withRoles(String subject, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(subject, Set.of(roles), subject, "Bearer",
                Set.of("https://service.example.com"), Map.of());
    }

    /** A token with extra claims, e.g. {@code azp} naming the OIDC client the token was issued to. */
    public static String withClaims(String subject, Map<String, String> claims, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(subject, Set.of(roles), subject, "Bearer",
                Set.of("https://service.example.com"), claims);
    }
}
