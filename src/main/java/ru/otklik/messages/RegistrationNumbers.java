package ru.otklik.messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Issues registration numbers like {@code 2026-000123}: unique, one sequence per year. The
 * counter moves in its own short transaction, so concurrent submissions do not queue behind
 * each other; a submission that fails afterwards leaves a gap, which registers tolerate.
 */
@ApplicationScoped
public class RegistrationNumbers {

    private final EntityManager em;

    RegistrationNumbers(EntityManager em) {
        this.em = em;
    }

    public String next(int year) {
        long value = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                insert into registration_counter (year, last_value) values (:year, 1)
                on conflict (year) do update set last_value = registration_counter.last_value + 1
                returning last_value""")
                .setParameter("year", year)
                .getSingleResult()).longValue());
        return "%d-%06d".formatted(year, value);
    }
}
