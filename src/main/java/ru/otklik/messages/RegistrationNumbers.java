package ru.otklik.messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Issues registration numbers like {@code 2026-000123}: unique, one sequence per year
 * ({@code next_registration_number} in the database). A sequence takes no row lock and is never
 * rolled back, so concurrent submissions do not queue behind each other and the number is taken
 * on the submission's own connection. Gaps are tolerated: a submission that fails after taking
 * its number leaves one, as may a database crash. A retried Idempotency-Key takes no number.
 */
@ApplicationScoped
public class RegistrationNumbers {

    private final EntityManager em;

    RegistrationNumbers(EntityManager em) {
        this.em = em;
    }

    public String next(int year) {
        long value = ((Number) em.createNativeQuery("select next_registration_number(:year)")
                .setParameter("year", year)
                .getSingleResult()).longValue();
        return format(year, value);
    }

    static String format(int year, long value) {
        String digits = Long.toString(value);
        // by hand: String.format cost more than the rest of taking a number
        return digits.length() >= 6 ? year + "-" + digits : year + "-" + "000000".substring(digits.length()) + digits;
    }
}
