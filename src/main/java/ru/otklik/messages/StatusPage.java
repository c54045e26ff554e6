package ru.otklik.messages;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.messages.api.MessageStatusView;
import ru.otklik.messages.api.StatusQuery;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.problem.TooManyRequestsException;
import ru.otklik.shared.time.TimeConfig;

/**
 * The public status page: a client without a portal login sees where their message stands by
 * its number and the access code from the receipt. An unknown number and a wrong code answer
 * alike, and repeated wrong codes lock the number for a while, so neither numbers nor codes can
 * be found by trying.
 */
@ApplicationScoped
public class StatusPage {

    private static final Logger LOG = Logger.getLogger(StatusPage.class);

    private final MessageRepository messages;
    private final EntityManager em;
    private final StatusPageConfig config;
    private final Clock clock;

    StatusPage(MessageRepository messages, EntityManager em, StatusPageConfig config, Clock clock) {
        this.messages = messages;
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    /** Gives a new message its code and returns it; only its hash stays with the message. */
    String issueAccessCode(Message m) {
        String code = AccessCodes.generate();
        m.accessCodeHash = AccessCodes.hash(code);
        return code;
    }

    /**
     * A new code for a registered message, replacing the old one. Written past the entity's
     * version, so concurrent retries of one submission do not fail each other; the last one wins.
     */
    String reissueAccessCode(UUID messageId) {
        String code = AccessCodes.generate();
        em.createNativeQuery("update message set access_code_hash = :hash where id = :id")
                .setParameter("hash", AccessCodes.hash(code)).setParameter("id", messageId).executeUpdate();
        return code;
    }

    @Transactional
    public MessageStatusView lookup(StatusQuery query) {
        String number = query.registrationNumber().strip();
        Instant now = clock.instant();
        lockedUntil(number, now).ifPresent(until -> {
            throw new TooManyRequestsException("status-lookup-locked", "Слишком много попыток",
                    "Код доступа к этому обращению вводили неверно слишком много раз. Повторите попытку позже.",
                    Duration.between(now, until));
        });
        Optional<Message> found = messages.find("registrationNumber", number).firstResultOptional()
                .filter(m -> AccessCodes.matches(query.accessCode(), m.accessCodeHash));
        if (found.isEmpty()) {
            recordFailure(number, now);
            throw ProblemException.notFound("Обращение с таким номером и кодом доступа не найдено. "
                    + "Проверьте номер и код в квитанции о регистрации.");
        }
        em.createNativeQuery("delete from status_lookup_failure where registration_number = :n")
                .setParameter("n", number).executeUpdate();
        Message m = found.get();
        return new MessageStatusView(m.registrationNumber, m.status, local(m.receivedAt), local(m.dueAt), history(m));
    }

    private Optional<Instant> lockedUntil(String number, Instant now) {
        List<?> rows = em.createNativeQuery("""
                select locked_until from status_lookup_failure
                where registration_number = :n and locked_until > :now""")
                .setParameter("n", number).setParameter("now", now).getResultList();
        return rows.stream().findFirst().map(StatusPage::instant);
    }

    /**
     * Counts a wrong guess in its own transaction, so the 404 that follows does not undo it.
     * Failures older than the lockout window, or from before an expired lock, start a new count.
     */
    private void recordFailure(String number, Instant now) {
        Instant windowStart = now.minus(config.lockout());
        Instant lockUntil = now.plus(config.lockout());
        QuarkusTransaction.requiringNew().run(() -> {
            Number failures = (Number) em.createNativeQuery("""
                    insert into status_lookup_failure (registration_number, failures, first_failed_at, locked_until)
                    values (:n, 1, :now, null)
                    on conflict (registration_number) do update set
                        failures = case when status_lookup_failure.first_failed_at <= :windowStart
                                          or status_lookup_failure.locked_until is not null
                                     then 1 else status_lookup_failure.failures + 1 end,
                        first_failed_at = case when status_lookup_failure.first_failed_at <= :windowStart
                                                 or status_lookup_failure.locked_until is not null
                                            then :now else status_lookup_failure.first_failed_at end,
                        locked_until = null
                    returning failures""")
                    .setParameter("n", number).setParameter("now", now).setParameter("windowStart", windowStart)
                    .getSingleResult();
            if (failures.intValue() >= config.maxFailures()) {
                em.createNativeQuery("update status_lookup_failure set locked_until = :until where registration_number = :n")
                        .setParameter("until", lockUntil).setParameter("n", number).executeUpdate();
                LOG.infof("Status page locked for %s after %d wrong codes", number, failures.intValue());
            }
        });
    }

    private List<MessageStatusView.StatusChange> history(Message m) {
        List<?> rows = em.createNativeQuery("""
                select status, changed_at from message_status_change where message_id = :id order by changed_at, id""")
                .setParameter("id", m.id).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new MessageStatusView.StatusChange(MessageStatus.valueOf((String) r[0]), local(instant(r[1]))))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static OffsetDateTime local(Instant instant) {
        return instant.atZone(TimeConfig.DEPARTMENT_ZONE).toOffsetDateTime();
    }
}
