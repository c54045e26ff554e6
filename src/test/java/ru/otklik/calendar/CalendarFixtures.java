package ru.otklik.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ru.otklik.calendar.api.CalendarDayView;
import ru.otklik.calendar.api.CalendarImport;

/** Calendars for tests: the years shipped with the application, and hand-built years. */
public final class CalendarFixtures {

    public static final ZoneId NOVOSIBIRSK = ZoneId.of("Asia/Novosibirsk");
    public static final List<Integer> BUNDLED_YEARS = List.of(2024, 2025, 2026, 2027);

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private CalendarFixtures() {
    }

    /** The bundled files exactly as the application loads them. */
    public static List<CalendarYear> bundled() {
        List<CalendarYear> years = new ArrayList<>();
        for (int year : BUNDLED_YEARS) {
            years.add(bundled(year));
        }
        return years;
    }

    public static CalendarYear bundled(int year) {
        try (InputStream in = CalendarFixtures.class.getClassLoader().getResourceAsStream("calendar/ru/" + year + ".json")) {
            CalendarImport data = JSON.readValue(in, CalendarImport.class);
            List<CalendarDay> days = new ArrayList<>();
            for (CalendarDayView day : data.days()) {
                days.add(new CalendarDay(day.date(), DayKind.fromCode(day.kind()), day.note()));
            }
            return new CalendarYear(data.year(), data.decree(), 1, days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProductionCalendar official() {
        return ProductionCalendar.of(bundled(), false);
    }

    public static WorkingTime officialTime() {
        return new WorkingTime(official(), NOVOSIBIRSK);
    }

    public static WorkingTime officialTimeWithFallback() {
        return new WorkingTime(ProductionCalendar.of(bundled(), true), NOVOSIBIRSK);
    }

    /** A moment of Novosibirsk local time, e.g. {@code at("2026-03-13T15:00")}. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NOVOSIBIRSK).toInstant();
    }

    public static ZonedDateTime local(Instant instant) {
        return instant.atZone(NOVOSIBIRSK);
    }

    public static YearBuilder aYear(int year) {
        return new YearBuilder(year);
    }

    /** Builds a year day by day: {@code aYear(2031).holiday("2031-01-01").shortened("2031-12-30").build()}. */
    public static final class YearBuilder {
        private final int year;
        private final List<CalendarDay> days = new ArrayList<>();
        private int version = 1;
        private String decree = "Тестовое постановление";

        private YearBuilder(int year) {
            this.year = year;
        }

        public YearBuilder holiday(String date) {
            return day(date, DayKind.HOLIDAY);
        }

        public YearBuilder dayOff(String date) {
            return day(date, DayKind.DAY_OFF);
        }

        public YearBuilder workingWeekend(String date) {
            return day(date, DayKind.WORKING_WEEKEND);
        }

        public YearBuilder shortened(String date) {
            return day(date, DayKind.SHORTENED);
        }

        public YearBuilder version(int version) {
            this.version = version;
            return this;
        }

        public YearBuilder decree(String decree) {
            this.decree = decree;
            return this;
        }

        public CalendarYear build() {
            return new CalendarYear(year, decree, version, days);
        }

        private YearBuilder day(String date, DayKind kind) {
            days.add(new CalendarDay(LocalDate.parse(date), kind, null));
            return this;
        }
    }
}
