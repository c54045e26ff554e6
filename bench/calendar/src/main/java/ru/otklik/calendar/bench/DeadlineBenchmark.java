package ru.otklik.calendar.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ru.otklik.calendar.CalendarDay;
import ru.otklik.calendar.CalendarYear;
import ru.otklik.calendar.DayKind;
import ru.otklik.calendar.Deadline;
import ru.otklik.calendar.DeadlineRule;
import ru.otklik.calendar.ProductionCalendar;
import ru.otklik.calendar.WorkingTime;

/**
 * Deadline computations per second on the bundled calendar: one rule at a time, and a mix of all
 * rules over random moments of 2024–2027, which is what message intake and the inbox do.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {

    private static final ZoneId NOVOSIBIRSK = ZoneId.of("Asia/Novosibirsk");
    private static final int MOMENTS = 4096;

    private WorkingTime time;
    private final Instant[] moments = new Instant[MOMENTS];
    private final DeadlineRule[] rules = DeadlineRule.values();
    private int next;

    @Setup
    public void setUp() {
        List<CalendarYear> years = new ArrayList<>();
        for (int year = 2024; year <= 2027; year++) {
            years.add(bundled(year));
        }
        time = new WorkingTime(ProductionCalendar.of(years, false), NOVOSIBIRSK);
        SplittableRandom random = new SplittableRandom(42);
        long start = LocalDate.of(2024, 1, 1).atStartOfDay(NOVOSIBIRSK).toEpochSecond();
        long span = LocalDate.of(2027, 10, 1).atStartOfDay(NOVOSIBIRSK).toEpochSecond() - start;
        for (int i = 0; i < MOMENTS; i++) {
            moments[i] = Instant.ofEpochSecond(start + random.nextLong(span));
        }
    }

    @Benchmark
    public Deadline mixOfAllRules() {
        int i = next++ & (MOMENTS - 1);
        return time.deadline(rules[i % rules.length], moments[i]);
    }

    @Benchmark
    public Deadline primaryResponse() {
        return time.deadline(DeadlineRule.PRIMARY_RESPONSE, moments[next++ & (MOMENTS - 1)]);
    }

    @Benchmark
    public Deadline urgentAnswer() {
        return time.deadline(DeadlineRule.URGENT_ANSWER, moments[next++ & (MOMENTS - 1)]);
    }

    @Benchmark
    public Deadline appealAnswer() {
        return time.deadline(DeadlineRule.APPEAL_ANSWER, moments[next++ & (MOMENTS - 1)]);
    }

    private static CalendarYear bundled(int year) {
        try (InputStream in = DeadlineBenchmark.class.getClassLoader().getResourceAsStream("calendar/ru/" + year + ".json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<CalendarDay> days = new ArrayList<>();
            for (JsonNode day : root.get("days")) {
                days.add(new CalendarDay(LocalDate.parse(day.get("date").asText()), DayKind.fromCode(day.get("kind").asText()), null));
            }
            return new CalendarYear(year, root.get("decree").asText(), 1, days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
