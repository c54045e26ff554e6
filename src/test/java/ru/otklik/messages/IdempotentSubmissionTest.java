package ru.otklik.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.otklik.messages.MessageFixtures.aMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentSubmissionTest {

    @Test
    void retriedSubmissionReturnsTheFirstMessage() {
        String key = UUID.randomUUID().toString();
        var body = aMessage().with("text", "Повторная отправка " + key).build();
        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/messages").then().statusCode(201).extract().path("registrationNumber");
        String second = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/messages").then().statusCode(201).extract().path("registrationNumber");

        assertThat(second).isEqualTo(first);
        assertThat(count("Повторная отправка " + key)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesCreateOneMessage() throws Exception {
        String key = UUID.randomUUID().toString();
        var body = aMessage().with("text", "Одновременно " + key).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tries.add(() -> given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                        .post("/api/v1/messages").then().statusCode(201).extract().path("registrationNumber"));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tries)) {
                numbers.add(f.get());
            }
            assertThat(numbers).containsOnly(numbers.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("Одновременно " + key)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherMessageIsRefused() {
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(aMessage().build())
                .post("/api/v1/messages").then().statusCode(201);
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(aMessage().with("text", "Совсем другое обращение").build())
                .post("/api/v1/messages").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void tooShortKeyIsNamed() {
        given().header("Idempotency-Key", "abc").contentType(ContentType.JSON).body(aMessage().build())
                .post("/api/v1/messages").then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    private static long count(String text) {
        return QuarkusTransaction.requiringNew().call(() -> Message.count("text", text));
    }
}
