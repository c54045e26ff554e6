package ru.otklik.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Every @QuarkusTest runs against a real PostgreSQL and a real OIDC token issuer (WireMock
 * speaking the OIDC protocol, with signed JWTs and a JWKS endpoint).
 */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
public final class TestResources {

    private TestResources() {
    }
}
