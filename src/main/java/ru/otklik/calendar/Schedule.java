package ru.otklik.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A named weekly working pattern (department office, consultation line, a reception point). Gaps
 * between a day's ranges are breaks. The production calendar decides which dates use it: holidays
 * and days off are closed, shortened days close an hour earlier, and a working Saturday follows
 * the pattern of {@code workingWeekendAs} (it stands in for a weekday moved to a day off).
 *
 * <p>Patterns are written as text, e.g. {@code MON-THU 09:00-18:00; FRI 09:00-17:00} or, with a
 * break, {@code MON-FRI 09:00-13:00,13:48-18:00}.
 */
public record Schedule(String name, Map<DayOfWeek, List<TimeRange>> week, DayOfWeek workingWeekendAs) {
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    public Schedule {
        EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek dow : DayOfWeek.values()) {
            List<TimeRange> ranges = new ArrayList<>(week.getOrDefault(dow, List.of()));
            ranges.sort((a, b) -> Integer.compare(a.start(), b.start()));
            for (int i = 1; i < ranges.size(); i++) {
                if (ranges.get(i).start() < ranges.get(i - 1).end()) {
                    throw new IllegalArgumentException(name + ": overlapping ranges on " + dow);
                }
            }
            copy.put(dow, List.copyOf(ranges));
        }
        week = Collections.unmodifiableMap(copy);
    }

    public List<TimeRange> on(DayOfWeek dow) {
        return week.get(dow);
    }

    /** Parses the text form; see the class comment. */
    public static Schedule parse(String name, String pattern, DayOfWeek workingWeekendAs) {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (String clause : pattern.split(";")) {
            String trimmed = clause.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException(name + ": expected '<days> <hh:mm-hh:mm>[,…]' in '" + trimmed + "'");
            }
            List<TimeRange> ranges = new ArrayList<>();
            for (String range : parts[1].split(",")) {
                ranges.add(parseRange(name, range.trim()));
            }
            for (DayOfWeek dow : parseDays(name, parts[0])) {
                if (week.containsKey(dow)) {
                    throw new IllegalArgumentException(name + ": " + dow + " given twice");
                }
                week.put(dow, ranges);
            }
        }
        return new Schedule(name, week, workingWeekendAs);
    }

    private static List<DayOfWeek> parseDays(String name, String text) {
        List<DayOfWeek> result = new ArrayList<>();
        for (String item : text.toUpperCase(Locale.ROOT).split(",")) {
            String[] bounds = item.split("-");
            int from = dayIndex(name, bounds[0]);
            int to = bounds.length == 2 ? dayIndex(name, bounds[1]) : from;
            if (bounds.length > 2 || to < from) {
                throw new IllegalArgumentException(name + ": bad day range '" + item + "'");
            }
            for (int d = from; d <= to; d++) {
                result.add(DayOfWeek.of(d + 1));
            }
        }
        return result;
    }

    private static int dayIndex(String name, String day) {
        int index = DAYS.indexOf(day.trim());
        if (index < 0) {
            throw new IllegalArgumentException(name + ": unknown day '" + day + "', use MON…SUN");
        }
        return index;
    }

    private static TimeRange parseRange(String name, String text) {
        String[] bounds = text.split("-");
        if (bounds.length != 2) {
            throw new IllegalArgumentException(name + ": bad time range '" + text + "'");
        }
        return new TimeRange(minutes(name, bounds[0]), minutes(name, bounds[1]));
    }

    private static int minutes(String name, String text) {
        String[] hm = text.trim().split(":");
        try {
            int h = Integer.parseInt(hm[0]);
            int m = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
            if (hm.length > 2 || h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0)) {
                throw new NumberFormatException();
            }
            return h * 60 + m;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": bad time '" + text + "'");
        }
    }
}
