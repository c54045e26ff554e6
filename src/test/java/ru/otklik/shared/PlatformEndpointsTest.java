package ru.otklik.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthReportsDatabaseUp() {
        given().get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    @Test
    void metricsArePublishedForPrometheus() {
        given().get("/api/v1/portal/config").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void portalConfigTellsTheSpaWhereToLogIn() {
        given().get("/api/v1/portal/config").then().statusCode(200)
                .body("oidcClientId", equalTo("otklik-spa"))
                .body("oidcAuthority", containsString("http"));
    }

    @Test
    void unknownApiPathIsAProblem() {
        given().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
