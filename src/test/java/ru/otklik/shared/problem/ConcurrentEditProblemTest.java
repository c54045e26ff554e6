package ru.otklik.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

/**
 * Two people saving the same record: when the version check fires only at commit, the loser
 * gets the same 409 as when a service sees the conflict itself, never a 500.
 */
class ConcurrentEditProblemTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void versionConflictAtCommitIsAConflictProblem() {
        RollbackException atCommit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        atCommit.initCause(new OptimisticLockException(new StaleObjectStateException("Article", "42")));

        Response response = mappers.unexpected(new IllegalStateException(atCommit), null);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).type()).endsWith("concurrent-edit");
    }

    @Test
    void anyOtherFailureStaysAnInternalError() {
        Response response = mappers.unexpected(new IllegalStateException("disk full"), null);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).type()).endsWith("internal");
    }
}
