package ru.otklik.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.otklik.calendar.CalendarFixtures.at;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    /** §19: Mon–Thu 9:00–18:00, Fri 9:00–17:00; the Procedure names no lunch break. */
    private final Schedule line = Schedule.parse("consultation-line", "MON-THU 09:00-18:00; FRI 09:00-17:00", DayOfWeek.MONDAY);
    private final WorkingTime time = CalendarFixtures.officialTime();

    @Test
    void lineHoursFollowClause19() {
        assertThat(line.on(DayOfWeek.MONDAY)).containsExactly(new TimeRange(9 * 60, 18 * 60));
        assertThat(line.on(DayOfWeek.FRIDAY)).containsExactly(new TimeRange(9 * 60, 17 * 60));
        assertThat(line.on(DayOfWeek.SATURDAY)).isEmpty();
    }

    @Test
    void lineIsOpenDuringHoursAndClosedOutside() {
        assertThat(time.isOpen(line, at("2026-03-16T09:00"))).isTrue();
        assertThat(time.isOpen(line, at("2026-03-16T17:59"))).isTrue();
        assertThat(time.isOpen(line, at("2026-03-16T18:00"))).isFalse();
        assertThat(time.isOpen(line, at("2026-03-13T17:30"))).isFalse(); // Friday closes at 17:00
        assertThat(time.isOpen(line, at("2026-03-14T12:00"))).isFalse();
    }

    @Test
    void lineIsClosedOnHolidaysAndTransferredDaysOff() {
        assertThat(time.isOpen(line, at("2026-02-23T12:00"))).isFalse();
        assertThat(time.isOpen(line, at("2026-01-09T12:00"))).isFalse();
        assertThat(time.openRanges(line, LocalDate.of(2026, 3, 9))).isEmpty();
    }

    @Test
    void shortenedDaysCloseAnHourEarlier() {
        assertThat(time.openRanges(line, LocalDate.of(2026, 4, 30))).containsExactly(new TimeRange(9 * 60, 17 * 60));
        assertThat(time.openRanges(line, LocalDate.of(2026, 5, 8))).containsExactly(new TimeRange(9 * 60, 16 * 60));
        assertThat(time.isOpen(line, at("2026-04-30T17:15"))).isFalse();
    }

    @Test
    void workingSaturdayFollowsAWeekdayPatternAndIsShortenedBeforeAHoliday() {
        assertThat(time.openRanges(line, LocalDate.of(2024, 12, 28))).containsExactly(new TimeRange(9 * 60, 18 * 60));
        assertThat(time.openRanges(line, LocalDate.of(2025, 11, 1))).containsExactly(new TimeRange(9 * 60, 17 * 60));
    }

    @Test
    void nextOpeningAndClosingCrossTheNewYearHolidays() {
        assertThat(time.nextClosing(line, at("2026-12-30T17:30"))).isEqualTo(at("2026-12-30T18:00"));
        assertThat(time.nextOpening(line, at("2026-12-30T17:30"))).isEqualTo(at("2027-01-11T09:00"));
    }

    @Test
    void beforeOpeningTheNextClosingIsTheEndOfTodaysHours() {
        assertThat(time.nextOpening(line, at("2026-03-16T07:00"))).isEqualTo(at("2026-03-16T09:00"));
        assertThat(time.nextClosing(line, at("2026-03-16T07:00"))).isEqualTo(at("2026-03-16T18:00"));
    }

    @Test
    void breaksSplitTheDayAndTheShortenedHourComesOffTheEnd() {
        Schedule office = Schedule.parse("office", "MON-FRI 09:00-13:00,13:48-18:00", DayOfWeek.MONDAY);

        assertThat(time.isOpen(office, at("2026-03-16T13:30"))).isFalse();
        assertThat(time.nextOpening(office, at("2026-03-16T13:30"))).isEqualTo(at("2026-03-16T13:48"));
        assertThat(time.openRanges(office, LocalDate.of(2026, 4, 30)))
                .containsExactly(new TimeRange(9 * 60, 13 * 60), new TimeRange(13 * 60 + 48, 17 * 60));
    }

    @Test
    void aShortLastRangeIsRemovedAndTheRestOfTheHourComesFromTheRangeBefore() {
        Schedule evening = Schedule.parse("point", "MON-FRI 09:00-12:00,17:30-18:00", DayOfWeek.MONDAY);

        assertThat(time.openRanges(evening, LocalDate.of(2026, 4, 30))).containsExactly(new TimeRange(9 * 60, 11 * 60 + 30));
    }

    @Test
    void badPatternsAreRejectedWithTheirPlace() {
        assertThatThrownBy(() -> Schedule.parse("x", "MON-XYZ 09:00-18:00", DayOfWeek.MONDAY)).hasMessageContaining("XYZ");
        assertThatThrownBy(() -> Schedule.parse("x", "MON 18:00-09:00", DayOfWeek.MONDAY)).hasMessageContaining("18:00-09:00");
        assertThatThrownBy(() -> Schedule.parse("x", "MON 09:00-12:00,11:00-13:00", DayOfWeek.MONDAY)).hasMessageContaining("overlapping");
        assertThatThrownBy(() -> Schedule.parse("x", "MON 09:00-12:00; MON 13:00-14:00", DayOfWeek.MONDAY)).hasMessageContaining("twice");
        assertThatThrownBy(() -> Schedule.parse("x", "MON 9-25", DayOfWeek.MONDAY)).hasMessageContaining("25");
    }

    @Test
    void aScheduleThatNeverOpensHasNoNextOpening() {
        Schedule closed = Schedule.parse("closed", "", DayOfWeek.MONDAY);

        assertThat(time.nextOpening(closed, at("2026-03-16T10:00"))).isNull();
    }
}
