package ru.otklik.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped calendar against the government decrees, written out here independently of the data
 * files: every transfer, every working weekend, every shortened day, and the yearly totals that
 * the Ministry of Labour publishes (which catch any extra or missing day).
 */
class OfficialCalendarTest {

    private static final ProductionCalendar CALENDAR = CalendarFixtures.official();

    /** What a decree and art. 112 of the Labour Code say about one year. */
    record Official(int year, String decree, List<String> daysOff, List<String> workingWeekends, List<String> shortened,
            int workingDays, int hoursAt40) {
        @Override
        public String toString() {
            return year + " (" + decree + ")";
        }
    }

    static Stream<Official> years() {
        return Stream.of(
                // № 1314 of 10.08.2023: 06.01→10.05, 07.01→31.12, 27.04→29.04, 02.11→30.04, 28.12→30.12.
                new Official(2024, "№ 1314",
                        List.of("2024-04-29", "2024-04-30", "2024-05-10", "2024-12-30", "2024-12-31"),
                        List.of("2024-04-27", "2024-11-02", "2024-12-28"),
                        // 27.04 and 28.12 stand in for ordinary Mondays and are full days; 02.11 stands in for the pre-holiday 30.04.
                        List.of("2024-02-22", "2024-03-07", "2024-05-08", "2024-06-11", "2024-11-02"),
                        248, 1979),
                // № 1335 of 04.10.2024: 04.01→02.05, 05.01→31.12, 23.02→08.05, 08.03→13.06, 01.11→03.11.
                new Official(2025, "№ 1335",
                        List.of("2025-05-02", "2025-05-08", "2025-06-13", "2025-11-03", "2025-12-31"),
                        List.of("2025-11-01"),
                        List.of("2025-03-07", "2025-04-30", "2025-06-11", "2025-11-01"),
                        247, 1972),
                // № 1466 of 24.09.2025: 03.01→09.01, 04.01→31.12; art. 112: 08.03→09.03, 09.05→11.05.
                new Official(2026, "№ 1466",
                        List.of("2026-01-09", "2026-03-09", "2026-05-11", "2026-12-31"),
                        List.of(),
                        List.of("2026-04-30", "2026-05-08", "2026-06-11", "2026-11-03"),
                        247, 1972),
                // № 1187 of 17.09.2026: 02.01→05.11, 03.01→31.12, 20.02→22.02; art. 112: 01.05→03.05, 09.05→10.05, 12.06→14.06.
                new Official(2027, "№ 1187",
                        List.of("2027-02-22", "2027-05-03", "2027-05-10", "2027-06-14", "2027-11-05", "2027-12-31"),
                        List.of("2027-02-20"),
                        List.of("2027-02-20", "2027-04-30", "2027-06-11", "2027-11-03"),
                        247, 1972));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void everyDayOfTheYearIsWorkingExactlyAsTheDecreeSays(Official official) {
        Set<LocalDate> daysOff = dates(official.daysOff());
        Set<LocalDate> workingWeekends = dates(official.workingWeekends());
        for (LocalDate day = LocalDate.of(official.year(), 1, 1); day.getYear() == official.year(); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean expected = workingWeekends.contains(day)
                    || !weekend && !isHoliday(day) && !daysOff.contains(day);
            assertThat(CALENDAR.isWorkingDay(day)).as("%s is a working day", day).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void shortenedDaysAreExactlyThePreHolidayDays(Official official) {
        Set<LocalDate> expected = dates(official.shortened());
        for (LocalDate day = LocalDate.of(official.year(), 1, 1); day.getYear() == official.year(); day = day.plusDays(1)) {
            assertThat(CALENDAR.isShortened(day)).as("%s is shortened", day).isEqualTo(expected.contains(day));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void yearlyTotalsMatchTheMinistryOfLabour(Official official) {
        int shortened = official.shortened().size();
        assertThat(CALENDAR.workingDaysIn(official.year())).isEqualTo(official.workingDays());
        assertThat(official.workingDays() * 8 - shortened).isEqualTo(official.hoursAt40());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void eachYearNamesItsDecree(Official official) {
        assertThat(CALENDAR.year(official.year()).orElseThrow().decree()).contains(official.decree());
    }

    @Test
    void newYearHolidaysOf2026RunFromDecember31ToJanuary11() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 12, 30))).isTrue();
        for (LocalDate day = LocalDate.of(2025, 12, 31); day.isBefore(LocalDate.of(2026, 1, 12)); day = day.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(day)).as("%s is off", day).isFalse();
        }
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 1, 12))).isTrue();
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 12, 30), 1)).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void holidayOnASundayIn2025WasMovedByTheDecreeNotToTheNextMonday() {
        assertThat(CALENDAR.kindOf(LocalDate.of(2025, 2, 23))).contains(DayKind.HOLIDAY);
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 2, 24))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 3, 10))).isTrue();
        assertThat(CALENDAR.kindOf(LocalDate.of(2025, 5, 8))).contains(DayKind.DAY_OFF);
    }

    @Test
    void workingSaturdayBeforeAHolidayIsBothWorkingAndShortened() {
        LocalDate saturday = LocalDate.of(2025, 11, 1);
        assertThat(CALENDAR.isWorkingDay(saturday)).isTrue();
        assertThat(CALENDAR.kindOf(saturday)).contains(DayKind.SHORTENED);
    }

    private static boolean isHoliday(LocalDate day) {
        int m = day.getMonthValue();
        int d = day.getDayOfMonth();
        return m == 1 && d <= 8 || m == 2 && d == 23 || m == 3 && d == 8 || m == 5 && (d == 1 || d == 9)
                || m == 6 && d == 12 || m == 11 && d == 4;
    }

    private static Set<LocalDate> dates(List<String> dates) {
        return dates.stream().map(LocalDate::parse).collect(Collectors.toSet());
    }
}
