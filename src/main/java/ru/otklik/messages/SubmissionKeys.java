package ru.otklik.messages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import ru.otklik.messages.api.SubmitMessage;
import ru.otklik.shared.problem.ProblemException;

/**
 * Idempotency keys for submissions: a client that retries after a timeout gets the message it
 * already created instead of a second one. The key row is written in the submission's own
 * transaction, so a concurrent retry waits on the unique index and then finds the first result.
 */
@ApplicationScoped
class SubmissionKeys {

    private final EntityManager em;
    private final ObjectMapper json;

    private static final String CLAIM = """
            insert into submission_key (idempotency_key, request_hash, message_id, created_at)
            values (?, ?, ?, ?) on conflict (idempotency_key) do nothing
            returning next_registration_number(?)""";

    SubmissionKeys(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * What claiming a key gave: either the key is ours, with the registration number the same
     * statement took for the new message, or it was claimed before, for the earlier message.
     */
    record Claim(String registrationNumber, UUID earlierMessage) {
        boolean isNew() {
            return earlierMessage == null;
        }
    }

    /**
     * Claims the key for a new message and, in the same statement, takes its registration number
     * (one round trip where two would do the same; the number is taken only if the key was free).
     */
    Claim claim(String key, String hash, UUID newMessageId, Instant now, int year) {
        // Plain JDBC: run once per submission, and through a native query most of its cost was
        // Hibernate parsing the statement and resolving its result columns every time.
        Long taken = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, key);
                claim.setString(2, hash);
                claim.setObject(3, newMessageId);
                claim.setObject(4, now.atOffset(ZoneOffset.UTC));
                claim.setInt(5, year);
                try (ResultSet number = claim.executeQuery()) {
                    return number.next() ? number.getLong(1) : null;
                }
            }
        });
        if (taken != null) {
            return new Claim(RegistrationNumbers.format(year, taken), null);
        }
        Object[] earlier = (Object[]) em.createNativeQuery(
                "select request_hash, message_id from submission_key where idempotency_key = :key")
                .setParameter("key", key).getSingleResult();
        if (!hash.equals(earlier[0])) {
            throw new ProblemException("idempotency-key-reused", 422, "Ключ повтора уже использован",
                    "Заголовок Idempotency-Key с этим значением уже отправлялся с другим обращением. "
                            + "Для нового обращения нужен новый ключ.");
        }
        return new Claim(null, (UUID) earlier[1]);
    }

    /** The request as JSON, plus each file's name and checksum: a retry must carry the same files. */
    String hash(SubmitMessage request, List<CheckedFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json.writeValueAsBytes(request));
            for (CheckedFile f : files) {
                digest.update(("\n" + f.fileName() + "\n" + f.sha256()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint a submission", e);
        }
    }
}
