package ru.otklik.testing;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import ru.otklik.security.CurrentUser;

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

    /** A client token carrying profile claims such as {@code name} and {@code email}, as Keycloak issues them. */
    public static String client(String subject, Map<String, String> claims) {
        return OidcWiremockTestResource.generateJwtToken(subject, Set.of("client"), subject, "Bearer",
                Set.of("https://service.example.com"), claims);
    }

    public static String withRoles(String subject, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(subject, Set.of(roles), subject, "Bearer",
                Set.of("https://service.example.com"), Map.of());
    }

    /**
     * A user whose token names their units in the department claim, as a list the way the
     * identity provider sends it (the generator above only takes string claims).
     */
    public static String withDepartments(String subject, java.util.List<String> departments, String... roles) {
        JwtClaimsBuilder jwt = Jwt.preferredUserName(subject).groups(Set.of(roles))
                .issuer(System.getProperty("quarkus.test.oidc.token.issuer", "https://server.example.com"))
                .audience(Set.of("https://service.example.com"))
                .subject(subject)
                .claim("typ", "Bearer")
                .claim(CurrentUser.DEPARTMENT_CLAIM, departments);
        return jwt.jws().keyId("1").sign("privateKey.jwk");
    }

    /** A knowledge-base editor of the given units. */
    public static String kbEditorOf(String subject, String... departments) {
        return withDepartments(subject, java.util.List.of(departments), "kb_editor");
    }

    /** A token with extra claims, e.g. {@code azp} naming the OIDC client the token was issued to. */
    public static String withClaims(String subject, Map<String, String> claims, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(subject, Set.of(roles), subject, "Bearer",
                Set.of("https://service.example.com"), claims);
    }
}
