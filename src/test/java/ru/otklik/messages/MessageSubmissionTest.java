package ru.otklik.messages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static ru.otklik.messages.MessageFixtures.aMessage;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import ru.otklik.testing.Tokens;

@QuarkusTest
class MessageSubmissionTest {

    @Test
    void citizenGetsRegistrationNumberAndTermAtOnce() {
        String id = given().contentType(ContentType.JSON).body(aMessage().build())
                .when().post("/api/v1/messages")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/messages/"))
                .body("registrationNumber", matchesPattern("\\d{4}-\\d{6}"))
                .body("status", equalTo("registered"))
                .body("receivedAt", endsWith("+07:00"))
                .body("dueAt", notNullValue())
                .extract().path("id");

        given().auth().oauth2(Tokens.operator())
                .when().get("/api/v1/messages/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Иванова Мария Петровна"))
                .body("preferredChannel", equalTo("email"))
                .body("text", containsString("земельного участка"));
    }

    @Test
    void russianPhoneIsStoredInE164() {
        String id = given().contentType(ContentType.JSON)
                .body(aMessage().with("phone", "8 (913) 123-45-67").with("preferredChannel", "sms").build())
                .when().post("/api/v1/messages")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.operator())
                .when().get("/api/v1/messages/" + id)
                .then().statusCode(200).body("phone", equalTo("+79131234567"));
    }

    @Test
    void missingNameAndTextAreNamedInTheProblem() {
        given().contentType(ContentType.JSON).body(aMessage().without("name").with("text", "  ").build())
                .when().post("/api/v1/messages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("status", equalTo(400))
                .body("title", equalTo("Запрос содержит ошибки"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("text"));
    }

    @Test
    void chosenChannelNeedsItsContact() {
        given().contentType(ContentType.JSON)
                .body(aMessage().without("email").with("preferredChannel", "email").with("additionalChannel", "post").build())
                .when().post("/api/v1/messages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("postalAddress"));
    }

    @Test
    void additionalChannelMustDifferFromPreferred() {
        given().contentType(ContentType.JSON).body(aMessage().with("additionalChannel", "email").build())
                .when().post("/api/v1/messages")
                .then().statusCode(400)
                .body("errors.find { it.field == 'additionalChannel' }.message", containsString("отличаться"));
    }

    @Test
    void portalChannelNeedsALoggedInClient() {
        given().contentType(ContentType.JSON).body(aMessage().with("preferredChannel", "portal").build())
                .when().post("/api/v1/messages")
                .then().statusCode(400).body("errors.field", hasItem("preferredChannel"));

        given().auth().oauth2(Tokens.client("citizen-portal")).contentType(ContentType.JSON)
                .body(aMessage().with("preferredChannel", "portal").build())
                .when().post("/api/v1/messages")
                .then().statusCode(201);
    }

    @Test
    void invalidPhoneAndEmailAreReported() {
        given().contentType(ContentType.JSON)
                .body(aMessage().with("email", "not-an-address").with("phone", "12").build())
                .when().post("/api/v1/messages")
                .then().statusCode(400)
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("phone"));
    }

    @Test
    void unknownFieldIsRejectedByName() {
        given().contentType(ContentType.JSON).body(aMessage().with("priority", "high").build())
                .when().post("/api/v1/messages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("priority"));
    }

    @Test
    void unknownChannelIsRejectedByName() {
        given().contentType(ContentType.JSON).body(aMessage().with("preferredChannel", "telegram").build())
                .when().post("/api/v1/messages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("preferredChannel"));
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Иван\", ")
                .when().post("/api/v1/messages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-body"))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void oversizedBodyIsRefusedWithAProblem() {
        String huge = "я".repeat(700_000);
        given().contentType(ContentType.JSON).body(Map.of("name", "Иван", "preferredChannel", "email",
                        "email", "i@example.org", "text", huge))
                .when().post("/api/v1/messages")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/body-too-large"));
    }

    @Test
    void textOverTheLimitIsNamed() {
        given().contentType(ContentType.JSON).body(aMessage().with("text", "а".repeat(20_001)).build())
                .when().post("/api/v1/messages")
                .then().statusCode(400)
                .body("errors.field", hasItem("text"));
    }
}
