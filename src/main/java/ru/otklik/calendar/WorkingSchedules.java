package ru.otklik.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.calendar.api.LineStatus;
import ru.otklik.calendar.api.OpeningHours;
import ru.otklik.calendar.api.ScheduleView;
import ru.otklik.shared.problem.ProblemException;

/**
 * The named schedules of the installation (office, consultation line, reception points), parsed
 * from configuration at start-up so a typo fails the start rather than a request, and evaluated
 * on the production calendar.
 */
@ApplicationScoped
public class WorkingSchedules {

    private final CalendarService calendar;
    private final Clock clock;
    private final Map<String, Schedule> schedules;
    private final String lineSchedule;

    WorkingSchedules(CalendarService calendar, CalendarConfig config, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
        Map<String, Schedule> parsed = new TreeMap<>();
        config.schedules().forEach((name, pattern) -> parsed.put(name, Schedule.parse(name, pattern, config.workingWeekendAs())));
        this.schedules = Collections.unmodifiableMap(parsed);
        this.lineSchedule = config.lineSchedule();
        if (!schedules.containsKey(lineSchedule)) {
            throw new IllegalStateException("otklik.calendar.line-schedule names '" + lineSchedule
                    + "', but only " + schedules.keySet() + " are configured");
        }
    }

    public Schedule schedule(String name) {
        Schedule schedule = schedules.get(name);
        if (schedule == null) {
            throw ProblemException.notFound("Нет графика «" + name + "»");
        }
        return schedule;
    }

    public List<ScheduleView> all() {
        return schedules.values().stream().map(s -> new ScheduleView(s.name(), hours(s))).toList();
    }

    public boolean isOpen(String name, Instant at) {
        return calendar.workingTime().isOpen(schedule(name), at);
    }

    public Instant nextOpening(String name, Instant after) {
        return calendar.workingTime().nextOpening(schedule(name), after);
    }

    /** §19: whether the consultation line answers now and when that changes. */
    public LineStatus lineStatus() {
        Schedule line = schedules.get(lineSchedule);
        WorkingTime time = calendar.workingTime();
        Instant now = clock.instant();
        return new LineStatus(time.isOpen(line, now),
                now.atZone(time.zone()).toOffsetDateTime(),
                local(time, time.nextOpening(line, now)),
                local(time, time.nextClosing(line, now)),
                time.zone().getId(),
                hours(line));
    }

    private static java.time.OffsetDateTime local(WorkingTime time, Instant instant) {
        return instant == null ? null : instant.atZone(time.zone()).toOffsetDateTime();
    }

    private static List<OpeningHours> hours(Schedule schedule) {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek dow : DayOfWeek.values()) {
            for (TimeRange range : schedule.on(dow)) {
                hours.add(new OpeningHours(dow.name(), range.opens(), range.closes()));
            }
        }
        return hours;
    }
}
