package ru.otklik.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Working-time arithmetic on a {@link ProductionCalendar} in the department's time zone: working
 * days, working hours, schedules and deadlines. Pure and immutable; "now" comes from a {@link Clock}.
 *
 * <p>The deadline path works on epoch days and epoch seconds rather than {@code ZonedDateTime}s:
 * it runs for every message and every inbox row, and the objects cost more than the arithmetic.
 */
public final class WorkingTime {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_DAY = SECONDS_PER_DAY * NANOS_PER_SECOND;
    private static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
    /** Far enough to pass the longest run of days off (New Year) many times over. */
    private static final int SEARCH_DAYS = 400;

    private final ProductionCalendar calendar;
    private final ZoneId zone;
    private final ZoneRules rules;

    public WorkingTime(ProductionCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
        this.rules = zone.getRules();
    }

    public ProductionCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate localDate(Instant instant) {
        return LocalDate.ofEpochDay(epochDay(instant, rules.getOffset(instant)));
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    public boolean isWorkingDay(Instant instant) {
        return calendar.isWorkingDay(epochDay(instant, rules.getOffset(instant)));
    }

    public LocalDate plusWorkingDays(LocalDate date, int n) {
        return calendar.plusWorkingDays(date, n);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    /** The instant itself when it falls on a working day, otherwise the start of the next working day. */
    public Instant nextWorkingMoment(Instant instant) {
        ZoneOffset offset = rules.getOffset(instant);
        long day = epochDay(instant, offset);
        if (calendar.isWorkingDay(day)) {
            return instant;
        }
        return toInstant(calendar.plusWorkingDays(day, 0), 0, offset);
    }

    /**
     * Adds clock hours that fall on working days (§10: "24 hours, weekends and public holidays
     * excluded"): whole non-working days are skipped, every hour of a working day counts. A message
     * received on Friday at 15:00 before an ordinary weekend is due on Monday at 15:00.
     */
    public Instant plusWorkingHours(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working hours must not be negative: " + amount);
        }
        ZoneOffset offset = rules.getOffset(from);
        long day = epochDay(from, offset);
        long nanoOfDay = Math.floorMod(from.getEpochSecond() + offset.getTotalSeconds(), SECONDS_PER_DAY) * NANOS_PER_SECOND
                + from.getNano();
        if (!calendar.isWorkingDay(day)) {
            day = calendar.plusWorkingDays(day, 0);
            nanoOfDay = 0;
        }
        long remaining = amount.toNanos();
        long leftToday = NANOS_PER_DAY - nanoOfDay;
        if (remaining <= leftToday) {
            return toInstant(day, nanoOfDay + remaining, offset);
        }
        remaining -= leftToday;
        long wholeDays = remaining / NANOS_PER_DAY;
        long rest = remaining % NANOS_PER_DAY;
        if (rest == 0) {
            return toInstant(calendar.plusWorkingDays(day, Math.toIntExact(wholeDays)), NANOS_PER_DAY, offset);
        }
        return toInstant(calendar.plusWorkingDays(day, Math.toIntExact(wholeDays + 1)), rest, offset);
    }

    /** Computes the due moment of {@code rule} for an event (receipt, registration) at {@code from}. */
    public Deadline deadline(DeadlineRule rule, Instant from) {
        ZoneOffset offset = rules.getOffset(from);
        long fromDay = epochDay(from, offset);
        Instant due;
        long dueDay;
        switch (rule.unit()) {
            case WORKING_HOURS -> {
                due = plusWorkingHours(from, Duration.ofHours(rule.amount()));
                Instant last = due.minusNanos(1);
                dueDay = epochDay(last, rules.getOffset(last));
            }
            case WORKING_DAYS -> {
                dueDay = calendar.plusWorkingDays(fromDay, rule.amount());
                due = endOfDay(dueDay, offset);
            }
            case CALENDAR_DAYS -> {
                // Counting starts the day after the event; a term ending on a day off moves to the next working day.
                dueDay = calendar.plusWorkingDays(fromDay + rule.amount(), 0);
                due = endOfDay(dueDay, offset);
            }
            default -> throw new IllegalStateException("unknown unit " + rule.unit());
        }
        int fromYear = calendar.yearOf(fromDay);
        int toYear = calendar.yearOf(dueDay);
        return new Deadline(due, rule, calendar.versionLabel(fromYear, toYear), !calendar.covers(fromYear, toYear));
    }

    /** Open ranges of a schedule on a date, after holidays, working weekends and shortened days are applied. */
    public List<TimeRange> openRanges(Schedule schedule, LocalDate date) {
        if (!calendar.isWorkingDay(date)) {
            return List.of();
        }
        List<TimeRange> ranges = CalendarYear.isWeekend(date)
                ? schedule.on(schedule.workingWeekendAs())
                : schedule.on(date.getDayOfWeek());
        if (!calendar.isShortened(date) || ranges.isEmpty()) {
            return ranges;
        }
        // Art. 95: the hour comes off the end of the day, eating into earlier ranges if the last is shorter.
        List<TimeRange> shortened = new ArrayList<>(ranges);
        int cut = 60;
        while (cut > 0 && !shortened.isEmpty()) {
            TimeRange last = shortened.remove(shortened.size() - 1);
            int length = last.end() - last.start();
            if (length > cut) {
                shortened.add(new TimeRange(last.start(), last.end() - cut));
                cut = 0;
            } else {
                cut -= length;
            }
        }
        return List.copyOf(shortened);
    }

    public boolean isOpen(Schedule schedule, Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        int minute = local.getHour() * 60 + local.getMinute();
        for (TimeRange range : openRanges(schedule, local.toLocalDate())) {
            if (range.contains(minute)) {
                return true;
            }
        }
        return false;
    }

    public boolean isOpen(Schedule schedule, Clock clock) {
        return isOpen(schedule, clock.instant());
    }

    /** The next moment strictly after {@code instant} at which the schedule opens, or null if it never does. */
    public Instant nextOpening(Schedule schedule, Instant instant) {
        return nextBoundary(schedule, instant, true);
    }

    /**
     * When the schedule next closes: the end of the current range when open, otherwise the end of
     * the next range; null if it never opens.
     */
    public Instant nextClosing(Schedule schedule, Instant instant) {
        return nextBoundary(schedule, instant, false);
    }

    public Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The last second of a date: terms counted in days run to the end of their last day. */
    public Instant endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }

    private Instant nextBoundary(Schedule schedule, Instant instant, boolean opening) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        LocalDate date = local.toLocalDate();
        long nanoOfDay = local.toLocalTime().toNanoOfDay();
        ZoneOffset offset = rules.getOffset(instant);
        for (int d = 0; d <= SEARCH_DAYS; d++) {
            LocalDate day = date.plusDays(d);
            for (TimeRange range : openRanges(schedule, day)) {
                long boundary = (opening ? range.start() : range.end()) * NANOS_PER_MINUTE;
                if (d > 0 || boundary > nanoOfDay) {
                    return toInstant(day.toEpochDay(), boundary, offset);
                }
            }
        }
        return null;
    }

    private Instant endOfDay(long epochDay, ZoneOffset hint) {
        return toInstant(epochDay + 1, 0, hint).minusSeconds(1);
    }

    private static long epochDay(Instant instant, ZoneOffset offset) {
        return Math.floorDiv(instant.getEpochSecond() + offset.getTotalSeconds(), SECONDS_PER_DAY);
    }

    /**
     * The instant of a local date and time of day (up to 24:00). Tries the offset already known,
     * which is right unless a zone transition lies in between; otherwise java.time resolves it.
     */
    private Instant toInstant(long epochDay, long nanoOfDay, ZoneOffset hint) {
        long localSecond = epochDay * SECONDS_PER_DAY + nanoOfDay / NANOS_PER_SECOND;
        int nano = (int) (nanoOfDay % NANOS_PER_SECOND);
        Instant guess = Instant.ofEpochSecond(localSecond - hint.getTotalSeconds(), nano);
        if (rules.getOffset(guess).getTotalSeconds() == hint.getTotalSeconds()) {
            return guess;
        }
        return LocalDateTime.ofEpochSecond(localSecond, nano, ZoneOffset.UTC).atZone(zone).toInstant();
    }
}
