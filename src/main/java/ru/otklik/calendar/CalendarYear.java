package ru.otklik.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One year of the official production calendar: the decree it comes from and every non-ordinary
 * day. Construction validates the data, so an invalid year never reaches a snapshot.
 */
public record CalendarYear(int year, String decree, int version, List<CalendarDay> days) {
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public CalendarYear {
        List<FieldError> errors = new ArrayList<>();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add(new FieldError("year", "Год должен быть от " + MIN_YEAR + " до " + MAX_YEAR));
        }
        if (days == null) {
            errors.add(new FieldError("days", "Перечислите особые дни"));
            days = List.of();
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDay day = days.get(i);
            String field = "days[" + i + "]";
            if (day == null) {
                errors.add(new FieldError(field, "Пустой элемент"));
                continue;
            }
            if (day.date().getYear() != year) {
                errors.add(new FieldError(field + ".date", "Дата " + day.date() + " не относится к " + year + " году"));
            }
            if (!seen.add(day.date())) {
                errors.add(new FieldError(field + ".date", "Дата " + day.date() + " указана дважды"));
            }
            boolean weekend = isWeekend(day.date());
            if (day.kind() == DayKind.DAY_OFF && weekend) {
                errors.add(new FieldError(field + ".kind", dayOffOnWeekend(day.date())));
            }
            if (day.kind() == DayKind.WORKING_WEEKEND && !weekend) {
                errors.add(new FieldError(field + ".kind", workingWeekendOnWeekday(day.date())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCalendarException(errors);
        }
        days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    static String dayOffOnWeekend(LocalDate date) {
        return date + " — суббота или воскресенье; перенесённым выходным (day_off) бывает только будний день";
    }

    static String workingWeekendOnWeekday(LocalDate date) {
        return date + " — будний день; рабочим выходным (working_weekend) бывает только суббота или воскресенье";
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
