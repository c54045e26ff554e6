package ru.otklik.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.otklik.messages.MessageFixtures.aMessage;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import ru.otklik.security.audit.AuditEvent;
import ru.otklik.testing.Tokens;

@QuarkusTest
class MessageAccessTest {

    @Test
    void anonymousCallerCannotReadTheInbox() {
        given().when().get("/api/v1/messages")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthenticated"));
    }

    @Test
    void forgedTokenIsUnauthenticated() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .when().get("/api/v1/messages")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void clientCannotReadTheInbox() {
        given().auth().oauth2(Tokens.client("anna"))
                .when().get("/api/v1/messages")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void clientSeesOwnMessageButNotAnothersOrAnonymousOnes() {
        String annas = submitAs("anna");
        String borisA = submitAs("boris");
        String anonymous = given().contentType(ContentType.JSON).body(aMessage().build())
                .post("/api/v1/messages").then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.client("anna")).get("/api/v1/messages/" + annas)
                .then().statusCode(200).body("id", equalTo(annas));
        given().auth().oauth2(Tokens.client("anna")).get("/api/v1/messages/" + borisA)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.client("anna")).get("/api/v1/messages/" + anonymous)
                .then().statusCode(404);

        given().auth().oauth2(Tokens.client("anna")).get("/api/v1/messages/mine?size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(annas))
                .body("items.id", not(hasItem(borisA)))
                .body("items.id", not(hasItem(anonymous)));
    }

    @Test
    void staffReadIsAudited() {
        String id = submitAs("clara");
        given().auth().oauth2(Tokens.withRoles("ivan.executor", "executor")).get("/api/v1/messages/" + id)
                .then().statusCode(200);

        List<AuditEvent> events = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>list("recordKind = ?1 and recordId = ?2", "message", id));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor).isEqualTo("ivan.executor");
            assertThat(e.action).isEqualTo("MessageResource.get");
        });
    }

    @Test
    void clientReadingOwnMessageIsNotStaffAccess() {
        String id = submitAs("dina");
        given().auth().oauth2(Tokens.client("dina")).get("/api/v1/messages/" + id).then().statusCode(200);

        long events = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count("recordKind = ?1 and recordId = ?2", "message", id));
        assertThat(events).isZero();
    }

    @Test
    void inboxIsSortedByDueDateAndPaged() {
        submitAs("egor");
        submitAs("egor");
        List<String> due = given().auth().oauth2(Tokens.operator())
                .get("/api/v1/messages?page=0&size=100")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .extract().path("items.dueAt");
        assertThat(due).hasSizeGreaterThanOrEqualTo(2);
        assertThat(due.stream().map(java.time.OffsetDateTime::parse).toList())
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());

        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages?size=1")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("size", equalTo(1));
        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages?size=1000")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
    }

    private static String submitAs(String subject) {
        return given().auth().oauth2(Tokens.client(subject)).contentType(ContentType.JSON).body(aMessage().build())
                .post("/api/v1/messages").then().statusCode(201).extract().path("id");
    }
}
