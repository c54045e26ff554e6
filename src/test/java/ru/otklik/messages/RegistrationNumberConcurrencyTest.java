package ru.otklik.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.otklik.messages.MessageFixtures.aMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationNumberConcurrencyTest {

    @Test
    void fiftyConcurrentSubmissionsGetFiftyDistinctNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<String>> submissions = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                submissions.add(() -> given().contentType(ContentType.JSON)
                        .body(aMessage().with("text", "Обращение номер " + n).build())
                        .post("/api/v1/messages").then().statusCode(201).extract().path("registrationNumber"));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(submissions)) {
                numbers.add(f.get());
            }
            assertThat(numbers).hasSize(50).doesNotHaveDuplicates().allMatch(n -> n.matches("\\d{4}-\\d{6}"));
        } finally {
            pool.shutdownNow();
        }
    }
}
