package ru.otklik.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntakeDeadlineTest {

    @Inject
    DeadlineService deadlines;

    @Test
    void aMessageWhoseTermCrossesAnUnloadedYearStillGetsAProvisionalTerm() {
        var received = OffsetDateTime.parse("2027-12-20T10:00:00+07:00").toInstant();

        assertThatThrownBy(() -> deadlines.compute(DeadlineRule.APPEAL_ANSWER, received))
                .isInstanceOf(CalendarNotLoadedException.class)
                .hasMessage("calendar for 2028 not loaded");

        Deadline intake = deadlines.computeAtIntake(DeadlineRule.APPEAL_ANSWER, received);
        assertThat(intake.provisional()).isTrue();
        // 30 days from 20 December 2027 is Wednesday 19 January 2028, a weekday
        assertThat(intake.due().atZone(java.time.ZoneId.of("Asia/Novosibirsk")).toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2028, 1, 19));
    }

    @Test
    void aTermInsideLoadedYearsIsNotProvisional() {
        var received = OffsetDateTime.parse("2026-11-27T15:00:00+07:00").toInstant();
        Deadline intake = deadlines.computeAtIntake(DeadlineRule.APPEAL_ANSWER, received);
        assertThat(intake.provisional()).isFalse();
        assertThat(intake.calendarVersion()).doesNotContain("provisional");
    }
}
