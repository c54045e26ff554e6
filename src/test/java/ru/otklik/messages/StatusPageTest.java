package ru.otklik.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static ru.otklik.messages.MessageFixtures.aMessage;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.otklik.testing.MovableClock;

@QuarkusTest
class StatusPageTest {

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void receiptCarriesAnAccessCodeThatOpensTheStatusWithoutPersonalData() {
        ExtractableResponse<Response> receipt = submit();
        String number = receipt.path("registrationNumber");
        String code = receipt.path("accessCode");
        assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}");

        ExtractableResponse<Response> status = lookup(number, code.toLowerCase())
                .then().statusCode(200)
                .body("registrationNumber", equalTo(number))
                .body("status", equalTo("registered"))
                .body("history[0].status", equalTo("registered"))
                .body("$", not(hasKey("name")))
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("text")))
                .extract();
        assertThat(sameMillisecond(status.path("receivedAt"), receipt.path("receivedAt"))).isTrue();
        assertThat(sameMillisecond(status.path("dueAt"), receipt.path("dueAt"))).isTrue();
    }

    /** The receipt is written before the database rounds to microseconds; the page reads it back. */
    private static boolean sameMillisecond(String a, String b) {
        return OffsetDateTime.parse(a).truncatedTo(ChronoUnit.MILLIS).isEqual(OffsetDateTime.parse(b).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void wrongCodeAndUnknownNumberLookTheSame() {
        String number = submit().path("registrationNumber");
        Map<String, Object> wrong = lookup(number, "AAAAAAAAAA").then().statusCode(404)
                .contentType("application/problem+json").extract().as(Map.class);
        Map<String, Object> unknown = lookup("1999-999999", "AAAAAAAAAA").then().statusCode(404)
                .contentType("application/problem+json").extract().as(Map.class);
        wrong.remove("instance");
        unknown.remove("instance");
        assertThat(wrong).isEqualTo(unknown);
    }

    @Test
    void fiveWrongCodesLockTheNumberEvenForTheRightCodeUntilTheLockoutPasses() {
        ExtractableResponse<Response> receipt = submit();
        String number = receipt.path("registrationNumber");
        String code = receipt.path("accessCode");
        for (int i = 0; i < 5; i++) {
            lookup(number, "WRONG" + i).then().statusCode(404);
        }
        lookup(number, code).then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/status-lookup-locked"))
                .header("Retry-After", matchesPattern("\\d+"));
        int retryAfter = Integer.parseInt(lookup(number, code).header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 15 * 60);

        MovableClock.advance(Duration.ofMinutes(16));
        lookup(number, code).then().statusCode(200).body("registrationNumber", equalTo(number));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        ExtractableResponse<Response> receipt = submit();
        String number = receipt.path("registrationNumber");
        for (int i = 0; i < 4; i++) {
            lookup(number, "WRONG" + i).then().statusCode(404);
        }
        MovableClock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            lookup(number, "WRONG" + i).then().statusCode(404);
        }
        lookup(number, receipt.path("accessCode")).then().statusCode(200);
    }

    @Test
    void malformedNumberIsAFieldError() {
        lookup("123", "AAAAAAAAAA").then().statusCode(400)
                .body("errors[0].field", equalTo("registrationNumber"));
    }

    @Test
    void retriedSubmissionGetsAFreshCodeThatWorks() {
        Map<String, Object> body = aMessage().build();
        String key = "status-page-retry-" + System.nanoTime();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/messages").then().statusCode(201).extract().path("accessCode");
        ExtractableResponse<Response> retry = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/messages").then().statusCode(201).extract();
        String second = retry.path("accessCode");
        assertThat(second).isNotEqualTo(first);
        lookup(retry.path("registrationNumber"), second).then().statusCode(200);
    }

    private static ExtractableResponse<Response> submit() {
        return given().contentType(ContentType.JSON).body(aMessage().build())
                .post("/api/v1/messages").then().statusCode(201).extract();
    }

    private static Response lookup(String number, String code) {
        return given().contentType(ContentType.JSON).body(Map.of("registrationNumber", number, "accessCode", code))
                .post("/api/v1/messages/status");
    }
}
