package ru.otklik.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarYearTest {

    @Test
    void everyProblemOfAYearIsReportedWithItsField() {
        InvalidCalendarException e = catchThrowableOfType(InvalidCalendarException.class, () -> new CalendarYear(2031, null, 1, List.of(
                new CalendarDay(LocalDate.of(2031, 1, 1), DayKind.HOLIDAY, null),
                new CalendarDay(LocalDate.of(2030, 12, 31), DayKind.HOLIDAY, null),
                new CalendarDay(LocalDate.of(2031, 1, 1), DayKind.HOLIDAY, null),
                new CalendarDay(LocalDate.of(2031, 1, 4), DayKind.DAY_OFF, null),
                new CalendarDay(LocalDate.of(2031, 1, 6), DayKind.WORKING_WEEKEND, null))));

        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("days[1].date", "days[2].date", "days[3].kind", "days[4].kind");
    }

    @Test
    void yearsOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> new CalendarYear(1999, null, 1, List.of()))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("year");
    }

    @Test
    void daysAreKeptInDateOrder() {
        CalendarYear year = CalendarFixtures.aYear(2031).shortened("2031-12-30").holiday("2031-01-01").build();

        assertThat(year.days()).extracting(CalendarDay::date)
                .containsExactly(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 30));
    }

    @Test
    void kindCodesRoundTrip() {
        for (DayKind kind : DayKind.values()) {
            assertThat(DayKind.fromCode(kind.code())).isEqualTo(kind);
        }
        assertThat(DayKind.fromCode("HOLIDAY")).isEqualTo(DayKind.HOLIDAY);
        assertThat(DayKind.fromCode("weekend")).isNull();
    }

    @Test
    void aHandBuiltYearChangesOnlyTheDaysItLists() {
        ProductionCalendar calendar = ProductionCalendar.of(List.of(CalendarFixtures.aYear(2031)
                .holiday("2031-01-01").dayOff("2031-01-03").workingWeekend("2031-01-04").build()), false);

        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 2))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 5))).isFalse();
        assertThat(calendar.versionLabel(2031, 2031)).isEqualTo("2031.1");
    }
}
