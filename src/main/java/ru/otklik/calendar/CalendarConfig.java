package ru.otklik.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Calendar settings that belong to the installation rather than to the data. */
@ConfigMapping(prefix = "otklik.calendar")
public interface CalendarConfig {

    /**
     * Named weekly schedules in the text form of {@link Schedule#parse}, e.g.
     * {@code otklik.calendar.schedules.consultation-line=MON-THU 09:00-18:00; FRI 09:00-17:00}.
     */
    Map<String, String> schedules();

    /** Which schedule the portal's "open now" shows (§19). */
    @WithDefault("consultation-line")
    String lineSchedule();

    /** The weekday pattern a working Saturday follows: it replaces a weekday turned into a day off. */
    @WithDefault("MONDAY")
    DayOfWeek workingWeekendAs();

    /** How often each instance checks whether another instance changed the calendar. */
    @WithDefault("30s")
    Duration refreshEvery();

    /** Whether bundled years missing from the database are loaded at start-up. */
    @WithDefault("true")
    boolean loadBundled();
}
