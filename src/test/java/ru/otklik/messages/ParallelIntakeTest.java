package ru.otklik.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.otklik.messages.MessageFixtures.aMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * 200 submissions released at the same instant, the way a portal outage ends with every browser
 * retrying at once: 60 with a key of their own, 20 keys sent four times each (a client retrying
 * while its first attempt is still in flight), 60 without a key. Every submission must be
 * registered exactly once, with its §10 primary response in the outbox, under a number no other
 * message has.
 *
 * <p>Registration numbers are unique always; the register tolerates gaps (a submission that fails
 * after taking its number leaves one, see {@link RegistrationNumbers}). A retried key takes no
 * number, so when every submission succeeds, as here, the numbers issued form an unbroken run.
 */
@QuarkusTest
class ParallelIntakeTest {

    private static final int SINGLE_KEYED = 60;
    private static final int RETRIED_KEYS = 20;
    private static final int TRIES_PER_RETRIED_KEY = 4;
    private static final int UNKEYED = 60;
    private static final int SUBMISSIONS = SINGLE_KEYED + RETRIED_KEYS * TRIES_PER_RETRIED_KEY + UNKEYED;
    private static final int DISTINCT_MESSAGES = SINGLE_KEYED + RETRIED_KEYS + UNKEYED;

    @Inject
    EntityManager em;

    /** One submission as sent: the text identifies the message, the key (if any) its retries. */
    private record Attempt(String text, String key) {
    }

    private record Outcome(Attempt attempt, int status, String id, String registrationNumber) {
    }

    @Test
    void everySubmissionIsRegisteredOnceWithItsPrimaryResponse() throws Exception {
        String run = UUID.randomUUID().toString();
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < SINGLE_KEYED; i++) {
            attempts.add(new Attempt(text(run, "single", i), run + "-single-" + i));
        }
        for (int i = 0; i < RETRIED_KEYS; i++) {
            for (int t = 0; t < TRIES_PER_RETRIED_KEY; t++) {
                attempts.add(new Attempt(text(run, "retried", i), run + "-retried-" + i));
            }
        }
        for (int i = 0; i < UNKEYED; i++) {
            attempts.add(new Attempt(text(run, "unkeyed", i), null));
        }
        assertThat(attempts).hasSize(SUBMISSIONS);

        List<Outcome> outcomes = submitAllAtOnce(attempts);

        assertThat(outcomes).as("every submission is answered 201")
                .allSatisfy(o -> assertThat(o.status()).as(o.attempt().toString()).isEqualTo(201));

        Map<String, Set<String>> idsPerText = outcomes.stream().collect(Collectors.groupingBy(
                o -> o.attempt().text(), Collectors.mapping(Outcome::id, Collectors.toSet())));
        assertThat(idsPerText).as("one message per submission, retries of a key get the same one")
                .hasSize(DISTINCT_MESSAGES)
                .allSatisfy((text, ids) -> assertThat(ids).as(text).hasSize(1));

        Map<String, String> numberPerId = new HashMap<>();
        outcomes.forEach(o -> numberPerId.merge(o.id(), o.registrationNumber(), (a, b) -> {
            assertThat(b).as("the receipt of a retry repeats the number").isEqualTo(a);
            return a;
        }));
        assertThat(new HashSet<>(numberPerId.values())).as("registration numbers are unique")
                .hasSize(DISTINCT_MESSAGES);

        List<Object[]> stored = QuarkusTransaction.requiringNew().call(() -> storedMessages(run));
        Map<String, String> storedNumberPerId = new HashMap<>();
        for (Object[] row : stored) {
            storedNumberPerId.put(row[0].toString(), (String) row[1]);
            assertThat(((Number) row[2]).intValue()).as("primary responses queued for message " + row[1]).isEqualTo(1);
        }
        assertThat(storedNumberPerId).as("every receipt is a stored message, and nothing else was stored")
                .isEqualTo(numberPerId);

        List<Integer> sequence = numberPerId.values().stream()
                .map(n -> Integer.parseInt(n.substring(n.indexOf('-') + 1))).sorted().toList();
        assertThat(sequence.get(sequence.size() - 1) - sequence.get(0) + 1)
                .as("no number was spent on a retried key: %s", sequence).isEqualTo(DISTINCT_MESSAGES);
    }

    private static List<Outcome> submitAllAtOnce(List<Attempt> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        CountDownLatch ready = new CountDownLatch(attempts.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Callable<Outcome>> calls = new ArrayList<>();
            for (Attempt a : attempts) {
                calls.add(() -> {
                    var request = given().contentType(ContentType.JSON)
                            .body(aMessage().with("text", a.text()).build());
                    if (a.key() != null) {
                        request.header("Idempotency-Key", a.key());
                    }
                    ready.countDown();
                    go.await();
                    Response r = request.post("/api/v1/messages");
                    return r.statusCode() == 201
                            ? new Outcome(a, 201, r.path("id"), r.path("registrationNumber"))
                            : new Outcome(a, r.statusCode(), null, r.asString());
                });
            }
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<Outcome> call : calls) {
                futures.add(pool.submit(call));
            }
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("all submitters ready").isTrue();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> storedMessages(String run) {
        return em.createNativeQuery("""
                select m.id, m.registration_number,
                       (select count(*) from notification n
                         where n.message_ref = m.id and n.kind = 'primary_response')
                  from message m where m.text like :run""")
                .setParameter("run", "%" + run + "%")
                .getResultList();
    }

    private static String text(String run, String group, int i) {
        return "Прошу разъяснить порядок аренды участка (" + run + ", " + group + " " + i + ")";
    }
}
