package ru.otklik.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.otklik.calendar.CalendarFixtures.at;
import static ru.otklik.calendar.CalendarFixtures.local;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingTimeTest {

    private final WorkingTime time = CalendarFixtures.officialTime();

    @Test
    void primaryResponseDueMondayForFridayMessage() {
        Deadline deadline = time.deadline(DeadlineRule.PRIMARY_RESPONSE, at("2026-03-13T15:00"));

        assertThat(local(deadline.due())).hasToString("2026-03-16T15:00+07:00[Asia/Novosibirsk]");
        assertThat(deadline.rule()).isEqualTo(DeadlineRule.PRIMARY_RESPONSE);
        assertThat(deadline.calendarVersion()).isEqualTo("2026.1");
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void primaryResponseSkipsTheWholeNewYearBlock() {
        assertThat(local(time.plusWorkingHours(at("2025-12-30T15:00"), Duration.ofHours(24))))
                .hasToString("2026-01-12T15:00+07:00[Asia/Novosibirsk]");
    }

    @Test
    void primaryResponseSkipsAMidweekHolidayAndTheWeekendAfterIt() {
        // 12.06.2026 is a Friday holiday.
        assertThat(local(time.plusWorkingHours(at("2026-06-11T10:00"), Duration.ofHours(24))))
                .hasToString("2026-06-15T10:00+07:00[Asia/Novosibirsk]");
    }

    @Test
    void messageReceivedOnADayOffStartsCountingAtTheNextWorkingMidnight() {
        assertThat(local(time.plusWorkingHours(at("2026-03-14T11:30"), Duration.ofHours(24))))
                .hasToString("2026-03-17T00:00+07:00[Asia/Novosibirsk]");
    }

    @Test
    void hoursOnAWorkingSaturdayCount() {
        // 01.11.2025 is a working Saturday; 02.11 Sunday, 03.11 day off, 04.11 holiday.
        assertThat(local(time.plusWorkingHours(at("2025-11-01T12:00"), Duration.ofHours(24))))
                .hasToString("2025-11-05T12:00+07:00[Asia/Novosibirsk]");
    }

    @Test
    void twentyFourHoursFromMidnightEndAtTheEndOfThatDay() {
        assertThat(local(time.plusWorkingHours(at("2026-03-13T00:00"), Duration.ofHours(24))))
                .hasToString("2026-03-14T00:00+07:00[Asia/Novosibirsk]");
    }

    @Test
    void urgentAnswerOverTheMayHolidays() {
        // 2025: 01–04.05 and 08–11.05 off; five working days after Wednesday 30.04 are 05, 06, 07, 12, 13 May.
        Deadline deadline = time.deadline(DeadlineRule.URGENT_ANSWER, at("2025-04-30T16:20"));

        assertThat(local(deadline.due())).hasToString("2025-05-13T23:59:59+07:00[Asia/Novosibirsk]");
    }

    @Test
    void inadmissibilityNoticeOnFridayIsDueOnMonday() {
        assertThat(local(time.deadline(DeadlineRule.INADMISSIBILITY_NOTICE, at("2026-03-13T17:00")).due()))
                .hasToString("2026-03-16T23:59:59+07:00[Asia/Novosibirsk]");
    }

    @Test
    void appealAnswerEndingOnSundayMovesToMonday() {
        // 13.02.2026 + 30 days = Sunday 15.03.2026.
        assertThat(local(time.deadline(DeadlineRule.APPEAL_ANSWER, at("2026-02-13T10:00")).due()))
                .hasToString("2026-03-16T23:59:59+07:00[Asia/Novosibirsk]");
    }

    @Test
    void appealAnswerEndingInTheNewYearHolidaysMovesPastThem() {
        Deadline deadline = time.deadline(DeadlineRule.APPEAL_ANSWER, at("2025-12-02T10:00"));

        assertThat(local(deadline.due())).hasToString("2026-01-12T23:59:59+07:00[Asia/Novosibirsk]");
        assertThat(deadline.calendarVersion()).isEqualTo("2025.1+2026.1");
    }

    @Test
    void appealAnswerEndingOnAWorkingDayStaysThere() {
        assertThat(local(time.deadline(DeadlineRule.APPEAL_ANSWER, at("2026-03-02T10:00")).due()))
                .hasToString("2026-04-01T23:59:59+07:00[Asia/Novosibirsk]");
    }

    @Test
    void redirectAndInformationRequestCountCalendarDays() {
        assertThat(local(time.deadline(DeadlineRule.REDIRECT, at("2026-03-02T10:00")).due()).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 10)); // 09.03 is the day off for 8 March
        assertThat(local(time.deadline(DeadlineRule.INFO_REQUEST, at("2026-03-02T10:00")).due()).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void appealExtensionAddsThirtyDaysToTheCurrentTerm() {
        assertThat(local(time.deadline(DeadlineRule.APPEAL_EXTENSION, at("2026-04-01T23:59:59")).due()).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 5, 4)); // 01.05 holiday, 02–03.05 weekend
    }

    @Test
    void nextWorkingMomentIsNowOnAWorkingDayAndTheNextWorkingMidnightOtherwise() {
        assertThat(time.nextWorkingMoment(at("2026-03-13T15:00"))).isEqualTo(at("2026-03-13T15:00"));
        assertThat(time.nextWorkingMoment(at("2026-05-09T12:00"))).isEqualTo(at("2026-05-12T00:00"));
    }

    @Test
    void workingDaysBetweenCountsTheEndButNotTheStart() {
        assertThat(time.workingDaysBetween(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 12))).isEqualTo(6);
        assertThat(time.workingDaysBetween(LocalDate.of(2026, 5, 12), LocalDate.of(2026, 4, 30))).isEqualTo(-6);
        assertThat(time.workingDaysBetween(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1))).isZero();
    }

    @Test
    void zeroWorkingDaysIsTheDayItselfOrTheNextWorkingDay() {
        assertThat(time.plusWorkingDays(LocalDate.of(2026, 3, 13), 0)).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(time.plusWorkingDays(LocalDate.of(2026, 3, 14), 0)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void aYearThatIsNotLoadedIsAnExplicitError() {
        assertThatThrownBy(() -> time.deadline(DeadlineRule.APPEAL_ANSWER, at("2027-12-20T10:00")))
                .isInstanceOf(CalendarNotLoadedException.class)
                .hasMessage("calendar for 2028 not loaded");
        assertThatThrownBy(() -> time.isWorkingDay(LocalDate.of(2023, 6, 1)))
                .hasMessage("calendar for 2023 not loaded");
    }

    @Test
    void withFallbackAYearThatIsNotLoadedGivesAProvisionalDeadline() {
        Deadline deadline = CalendarFixtures.officialTimeWithFallback()
                .deadline(DeadlineRule.APPEAL_ANSWER, at("2027-12-20T10:00"));

        assertThat(local(deadline.due())).hasToString("2028-01-19T23:59:59+07:00[Asia/Novosibirsk]");
        assertThat(deadline.provisional()).isTrue();
        assertThat(deadline.calendarVersion()).isEqualTo("2027.1+2028.provisional");
    }

    @Test
    void withFallbackALoadedYearStillGivesAFinalDeadline() {
        Deadline deadline = CalendarFixtures.officialTimeWithFallback().deadline(DeadlineRule.URGENT_ANSWER, at("2026-03-13T10:00"));

        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void datesOutsideTheSupportedRangeAreRefused() {
        WorkingTime fallback = CalendarFixtures.officialTimeWithFallback();
        assertThatThrownBy(() -> fallback.plusWorkingDays(LocalDate.of(2100, 12, 31), 1))
                .isInstanceOf(OutOfCalendarRangeException.class);
        assertThatThrownBy(() -> fallback.isWorkingDay(LocalDate.of(1999, 12, 31)))
                .isInstanceOf(OutOfCalendarRangeException.class);
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatThrownBy(() -> time.plusWorkingDays(LocalDate.of(2026, 3, 13), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> time.plusWorkingHours(at("2026-03-13T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRuleCitesItsClause() {
        assertThat(List.of(DeadlineRule.values())).allSatisfy(rule -> assertThat(rule.clause()).isNotBlank());
        assertThat(DeadlineRule.fromCode("primary_response")).isEqualTo(DeadlineRule.PRIMARY_RESPONSE);
        assertThat(DeadlineRule.fromCode("tomorrow")).isNull();
    }

    @Test
    void ruleCodesAreTheLowerCaseConstantNames() {
        // Messages store rule().name().toLowerCase(); the API speaks code(); both must agree.
        for (DeadlineRule rule : DeadlineRule.values()) {
            assertThat(rule.code()).isEqualTo(rule.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
