package ru.otklik.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.otklik.clients.Channel;
import ru.otklik.messages.api.MessageReceipt;
import ru.otklik.shared.problem.ProblemException;

/**
 * Submissions registered together in one transaction. To make a group on purpose, a second
 * connection locks the idempotency-key table: both runners stop on their first submission, the
 * following ones queue, and when the lock goes they are taken as one group.
 */
@QuarkusTest
class IntakeGroupsTest {

    @Inject
    IntakeGroups groups;

    @Inject
    Registrar registrar;

    @Inject
    MeterRegistry meters;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private Connection lock;

    @BeforeEach
    void holdKeys() throws Exception {
        lock = dataSource.getConnection();
        lock.setAutoCommit(false);
        try (Statement s = lock.createStatement()) {
            s.execute("lock table submission_key in exclusive mode");
        }
    }

    @AfterEach
    void release() throws Exception {
        if (!lock.isClosed()) {
            lock.rollback();
            lock.close();
        }
        callers.shutdownNow();
    }

    @Test
    void oneFailingSubmissionFailsAloneAndItsNeighboursAreRegistered() throws Exception {
        List<Future<MessageReceipt>> blockers = occupyBothRunners();
        double retriedBefore = meters.get("otklik.intake.group.retried").counter().count();

        List<String> goodKeys = new ArrayList<>();
        List<Future<MessageReceipt>> good = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String key = UUID.randomUUID().toString();
            goodKeys.add(key);
            good.add(submit(key, hash("hash-" + key), "Петров Пётр"));
        }
        String badKey = UUID.randomUUID().toString();
        // longer than the column: passes everything in the app, fails only when the row is written
        Future<MessageReceipt> bad = submit(badKey, hash("hash-bad"), "Я".repeat(201));
        awaitWaiting(7);

        releaseKeys();

        for (Future<MessageReceipt> f : blockers) {
            assertThat(f.get(30, TimeUnit.SECONDS).registrationNumber()).isNotBlank();
        }
        List<UUID> ids = new ArrayList<>();
        for (Future<MessageReceipt> f : good) {
            ids.add(f.get(30, TimeUnit.SECONDS).id());
        }
        assertThatThrownBy(() -> bad.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(meters.get("otklik.intake.group.retried").counter().count() - retriedBefore)
                .as("the group of seven was registered again one by one").isEqualTo(7.0);

        assertThat(count("select count(*) from message where id in (:ids)", ids)).isEqualTo(6);
        assertThat(count("""
                select count(*) from notification where kind = 'primary_response' and message_ref in (:ids)""", ids))
                .as("each registered neighbour has its primary response").isEqualTo(6);
        assertThat(count("select count(*) from submission_key where idempotency_key in (:ids)", goodKeys)).isEqualTo(6);
        assertThat(count("select count(*) from submission_key where idempotency_key in (:ids)", List.of(badKey)))
                .as("nothing of the failed submission is kept, not even its key").isZero();
    }

    @Test
    void aGroupAnswersRetriesWithTheFirstMessageAndAReusedKeyAlone() throws Exception {
        String reused = UUID.randomUUID().toString();
        releaseKeys();
        MessageReceipt earlier = submit(reused, hash("hash-first"), "Сидорова Анна").get(30, TimeUnit.SECONDS);
        holdKeys();

        List<Future<MessageReceipt>> blockers = occupyBothRunners();
        double retriedBefore = meters.get("otklik.intake.group.retried").counter().count();
        long groupsBefore = meters.get("otklik.intake.group.size").summary().count();
        String twice = UUID.randomUUID().toString();
        Future<MessageReceipt> first = submit(twice, hash("hash-twice"), "Кузнецов Олег");
        Future<MessageReceipt> retry = submit(twice, hash("hash-twice"), "Кузнецов Олег");
        Future<MessageReceipt> other = submit(UUID.randomUUID().toString(), hash("hash-other"), "Орлова Вера");
        Future<MessageReceipt> misuse = submit(reused, hash("hash-another-request"), "Сидорова Анна");
        Future<MessageReceipt> repeat = submit(reused, hash("hash-first"), "Сидорова Анна");
        awaitWaiting(5);

        releaseKeys();

        for (Future<MessageReceipt> f : blockers) {
            f.get(30, TimeUnit.SECONDS);
        }
        MessageReceipt a = first.get(30, TimeUnit.SECONDS);
        MessageReceipt b = retry.get(30, TimeUnit.SECONDS);
        assertThat(b.id()).as("a retry in the same group gets the first message").isEqualTo(a.id());
        assertThat(b.registrationNumber()).isEqualTo(a.registrationNumber());
        assertThat(other.get(30, TimeUnit.SECONDS).registrationNumber()).isNotEqualTo(a.registrationNumber());
        assertThat(repeat.get(30, TimeUnit.SECONDS).id()).as("a retry of an earlier submission").isEqualTo(earlier.id());
        assertThatThrownBy(() -> misuse.get(30, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.problem().status()).isEqualTo(422));
        assertThat(meters.get("otklik.intake.group.retried").counter().count())
                .as("a reused key is refused without failing its group").isEqualTo(retriedBefore);
        assertThat(meters.get("otklik.intake.group.size").summary().count() - groupsBefore)
                .as("the five waiting submissions went in one group").isEqualTo(1);
        assertThat(count("select count(*) from message where id in (:ids)", List.of(a.id()))).isEqualTo(1);
    }

    /** One submission for each runner, each stopped at the key lock; returns once both are taken. */
    private List<Future<MessageReceipt>> occupyBothRunners() throws Exception {
        List<Future<MessageReceipt>> blockers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String key = UUID.randomUUID().toString();
            blockers.add(submit(key, hash("hash-" + key), "Блокирующий " + i));
            awaitWaiting(0);
            Thread.sleep(100);
        }
        return blockers;
    }

    private Future<MessageReceipt> submit(String key, String hash, String author) {
        UUID id = UUID.randomUUID();
        Registration r = Registration.via(IntakeChannel.PORTAL)
                .author(author, "group@example.org", null, null)
                .channels(Channel.EMAIL, null)
                .text("Прошу сообщить, какие документы нужны для аренды участка (" + key + ")")
                .receivedAt(Instant.now())
                .build();
        return callers.submit(() -> groups.register(() -> registrar.prepare(id, r, null, List.of(), List.of(), key, hash)));
    }

    /** Hashes as the intake stores them: SHA-256 in hex. */
    private static String hash(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitWaiting(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (meters.get("otklik.intake.waiting").gauge().value() != expected) {
            assertThat(System.nanoTime()).as("submissions waiting: %d", expected).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private void releaseKeys() throws Exception {
        lock.rollback();
        lock.close();
    }

    private long count(String sql, List<?> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("ids", ids).getSingleResult()).longValue());
    }
}
