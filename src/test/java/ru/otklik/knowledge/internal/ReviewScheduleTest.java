package ru.otklik.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import ru.otklik.knowledge.internal.ReviewSchedule.State;

/** §35: «не реже одного раза в месяц» is a calendar month, not a count of working days. */
class ReviewScheduleTest {

    @Test
    void monthlyReviewFallsOnTheSameDayNextMonth() {
        assertThat(new ReviewSchedule(LocalDate.of(2026, 11, 10), 1).dueOn()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void endOfMonthClampsToTheShorterMonth() {
        assertThat(new ReviewSchedule(LocalDate.of(2027, 1, 31), 1).dueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(new ReviewSchedule(LocalDate.of(2028, 1, 31), 1).dueOn()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void weekendDueDateStaysWhereTheCalendarPutsIt() {
        assertThat(new ReviewSchedule(LocalDate.of(2026, 11, 5), 1).dueOn()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void quarterlyCadenceCountsThreeMonths() {
        assertThat(new ReviewSchedule(LocalDate.of(2026, 11, 28), 3).dueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void stateTurnsDueSoonWithinTheWindowAndOverdueAfterTheDueDay() {
        ReviewSchedule s = new ReviewSchedule(LocalDate.of(2026, 11, 10), 1);
        assertThat(s.state(LocalDate.of(2026, 12, 2), 7)).isEqualTo(State.OK);
        assertThat(s.state(LocalDate.of(2026, 12, 3), 7)).isEqualTo(State.DUE_SOON);
        assertThat(s.state(LocalDate.of(2026, 12, 10), 0)).isEqualTo(State.DUE_SOON);
        assertThat(s.state(LocalDate.of(2026, 12, 11), 7)).isEqualTo(State.OVERDUE);
        assertThat(s.daysOverdue(LocalDate.of(2026, 12, 14))).isEqualTo(4);
        assertThat(s.daysOverdue(LocalDate.of(2026, 12, 1))).isZero();
    }

    @Test
    void cadenceBelowAMonthIsRefused() {
        assertThatThrownBy(() -> new ReviewSchedule(LocalDate.of(2026, 11, 10), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
