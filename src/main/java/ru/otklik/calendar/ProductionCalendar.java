package ru.otklik.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Immutable snapshot of the production calendar for 2000–2100: which dates are working days, which
 * are shortened, and which years are actually loaded.
 *
 * <p>Every date of the range is precomputed into flat arrays (working-day bits, a running count of
 * working days and the position of each working day), so adding or counting working days is two
 * array reads instead of a day-by-day walk; deadline computation runs millions of times a second.
 * Years that are not loaded are filled with plain weekends: they are only ever used when fallback
 * is enabled, otherwise touching such a year throws {@link CalendarNotLoadedException}.
 */
public final class ProductionCalendar {
    private static final LocalDate FIRST_DAY = LocalDate.of(CalendarYear.MIN_YEAR, 1, 1);
    private static final long BASE = FIRST_DAY.toEpochDay();
    private static final int SIZE = (int) (LocalDate.of(CalendarYear.MAX_YEAR, 12, 31).toEpochDay() - BASE + 1);
    private static final int YEARS = CalendarYear.MAX_YEAR - CalendarYear.MIN_YEAR + 1;
    private static final DayKind[] KINDS = DayKind.values();
    /** The year of each day minus MIN_YEAR, so finding a day's year costs one array read. */
    private static final byte[] YEAR_SLOT = yearSlots();

    private final long[] workingBits = new long[(SIZE + 63) >>> 6];
    private final byte[] kinds = new byte[SIZE];
    /** rank[i] = number of working days strictly before index i; rank[SIZE] is the total. */
    private final int[] rank = new int[SIZE + 1];
    private final int[] workingIndex;
    private final CalendarYear[] years = new CalendarYear[YEARS];
    private final String[] yearLabels = new String[YEARS];
    private final boolean fallback;

    private ProductionCalendar(Collection<CalendarYear> loaded, boolean fallback) {
        this.fallback = fallback;
        for (CalendarYear year : loaded) {
            int slot = year.year() - CalendarYear.MIN_YEAR;
            if (years[slot] != null) {
                throw new IllegalArgumentException("year " + year.year() + " given twice");
            }
            years[slot] = year;
        }
        for (int i = 0; i < SIZE; i++) {
            // Epoch day 0 (1970-01-01) was a Thursday, hence the shift of 3 to make Monday 0.
            DayOfWeek dow = DayOfWeek.of((int) Math.floorMod(BASE + i + 3, 7L) + 1);
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                workingBits[i >>> 6] |= 1L << i;
            }
        }
        for (CalendarYear year : loaded) {
            for (CalendarDay day : year.days()) {
                int i = (int) (day.date().toEpochDay() - BASE);
                kinds[i] = (byte) (day.kind().ordinal() + 1);
                if (day.kind().working()) {
                    workingBits[i >>> 6] |= 1L << i;
                } else {
                    workingBits[i >>> 6] &= ~(1L << i);
                }
            }
        }
        int count = 0;
        for (int i = 0; i < SIZE; i++) {
            rank[i] = count;
            if (bit(i)) {
                count++;
            }
        }
        rank[SIZE] = count;
        workingIndex = new int[count];
        for (int i = 0, k = 0; i < SIZE; i++) {
            if (bit(i)) {
                workingIndex[k++] = i;
            }
        }
        for (int slot = 0; slot < YEARS; slot++) {
            int y = CalendarYear.MIN_YEAR + slot;
            yearLabels[slot] = years[slot] == null ? y + ".provisional" : y + "." + years[slot].version();
        }
    }

    /** A snapshot of the given years; {@code fallback} lets computations cross unloaded years as weekends-only. */
    public static ProductionCalendar of(Collection<CalendarYear> loaded, boolean fallback) {
        return new ProductionCalendar(loaded, fallback);
    }

    public boolean fallback() {
        return fallback;
    }

    public boolean isLoaded(int year) {
        return year >= CalendarYear.MIN_YEAR && year <= CalendarYear.MAX_YEAR && years[year - CalendarYear.MIN_YEAR] != null;
    }

    public Optional<CalendarYear> year(int year) {
        return isLoaded(year) ? Optional.of(years[year - CalendarYear.MIN_YEAR]) : Optional.empty();
    }

    public List<CalendarYear> loadedYears() {
        List<CalendarYear> result = new ArrayList<>();
        for (CalendarYear year : years) {
            if (year != null) {
                result.add(year);
            }
        }
        return result;
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date.toEpochDay());
    }

    boolean isWorkingDay(long epochDay) {
        int i = index(epochDay);
        requireLoadedSlots(YEAR_SLOT[i], YEAR_SLOT[i]);
        return bit(i);
    }

    /** The kind of a non-ordinary day, or empty for an ordinary weekday or weekend. */
    public Optional<DayKind> kindOf(LocalDate date) {
        int i = index(date);
        requireLoaded(date.getYear(), date.getYear());
        return kinds[i] == 0 ? Optional.empty() : Optional.of(KINDS[kinds[i] - 1]);
    }

    public boolean isShortened(LocalDate date) {
        int i = index(date);
        requireLoaded(date.getYear(), date.getYear());
        return kinds[i] == DayKind.SHORTENED.ordinal() + 1;
    }

    /**
     * The {@code n}-th working day after {@code date}; for {@code n == 0} the date itself when it is
     * a working day, otherwise the first working day after it.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        return LocalDate.ofEpochDay(plusWorkingDays(date.toEpochDay(), n));
    }

    long plusWorkingDays(long epochDay, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        int i = index(epochDay);
        int target = n == 0 ? rank[i] : rank[i + 1] + n - 1;
        if (target >= workingIndex.length) {
            throw new OutOfCalendarRangeException("срок выходит за " + CalendarYear.MAX_YEAR + " год");
        }
        int result = workingIndex[target];
        requireLoadedSlots(YEAR_SLOT[i], YEAR_SLOT[result]);
        return BASE + result;
    }

    /** The year of an epoch day inside the supported range. */
    int yearOf(long epochDay) {
        return CalendarYear.MIN_YEAR + YEAR_SLOT[index(epochDay)];
    }

    /** Working days in {@code (from, to]}; negative when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int a = index(from);
        int b = index(to);
        requireLoaded(Math.min(from.getYear(), to.getYear()), Math.max(from.getYear(), to.getYear()));
        return rank[b + 1] - rank[a + 1];
    }

    /** Working days of a whole year (for the 2026 calendar: 247). */
    public int workingDaysIn(int year) {
        int first = index(LocalDate.of(year, 1, 1));
        int last = index(LocalDate.of(year, 12, 31));
        requireLoaded(year, year);
        return rank[last + 1] - rank[first];
    }

    /** Whether every year from {@code fromYear} to {@code toYear} is loaded, i.e. nothing was computed from a fallback. */
    public boolean covers(int fromYear, int toYear) {
        for (int y = fromYear; y <= toYear; y++) {
            if (!isLoaded(y)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The versions of the years a computation used, e.g. {@code 2026.3} or {@code 2026.3+2027.1};
     * a year computed from the fallback shows as {@code 2028.provisional}.
     */
    public String versionLabel(int fromYear, int toYear) {
        String first = yearLabels[slot(fromYear)];
        if (toYear <= fromYear) {
            return first;
        }
        StringBuilder label = new StringBuilder(first);
        for (int y = fromYear + 1; y <= toYear; y++) {
            label.append('+').append(yearLabels[slot(y)]);
        }
        return label.toString();
    }

    void requireLoaded(int fromYear, int toYear) {
        requireLoadedSlots(slot(fromYear), slot(toYear));
    }

    private void requireLoadedSlots(int fromSlot, int toSlot) {
        if (fallback) {
            return;
        }
        for (int s = fromSlot; s <= toSlot; s++) {
            if (years[s] == null) {
                throw new CalendarNotLoadedException(CalendarYear.MIN_YEAR + s);
            }
        }
    }

    private boolean bit(int i) {
        return (workingBits[i >>> 6] & (1L << i)) != 0;
    }

    private static int slot(int year) {
        if (year < CalendarYear.MIN_YEAR || year > CalendarYear.MAX_YEAR) {
            throw new OutOfCalendarRangeException(
                    "год " + year + " вне " + CalendarYear.MIN_YEAR + "–" + CalendarYear.MAX_YEAR);
        }
        return year - CalendarYear.MIN_YEAR;
    }

    private static int index(LocalDate date) {
        return index(date.toEpochDay());
    }

    private static int index(long epochDay) {
        long i = epochDay - BASE;
        if (i < 0 || i >= SIZE) {
            throw new OutOfCalendarRangeException(
                    "дата " + LocalDate.ofEpochDay(epochDay) + " вне " + CalendarYear.MIN_YEAR + "–" + CalendarYear.MAX_YEAR);
        }
        return (int) i;
    }

    private static byte[] yearSlots() {
        byte[] slots = new byte[SIZE];
        for (int year = CalendarYear.MIN_YEAR; year <= CalendarYear.MAX_YEAR; year++) {
            int from = (int) (LocalDate.of(year, 1, 1).toEpochDay() - BASE);
            int to = (int) (LocalDate.of(year, 12, 31).toEpochDay() - BASE);
            Arrays.fill(slots, from, to + 1, (byte) (year - CalendarYear.MIN_YEAR));
        }
        return slots;
    }
}
