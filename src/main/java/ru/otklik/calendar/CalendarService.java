package ru.otklik.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.shared.time.TimeConfig;

/**
 * Owns the production calendar: loads it into the database, keeps an immutable in-memory snapshot
 * for the fast arithmetic, and applies admin changes. Every instance rebuilds its snapshot after a
 * local change commits, and polls a cheap fingerprint to pick up changes made by other instances.
 */
@ApplicationScoped
public class CalendarService {

    private static final Logger LOG = Logger.getLogger(CalendarService.class);

    private final CalendarRepository repository;
    private final CalendarImports imports;
    private final CalendarConfig config;
    private final Event<CalendarChanged> changed;
    private final Clock clock;

    private volatile Snapshot snapshot;

    /** The arithmetic and the fingerprint it was built from. */
    /** {@code provisional} always falls back over unloaded years; see {@link #deadlineAtIntake}. */
    private record Snapshot(WorkingTime workingTime, WorkingTime provisional, String fingerprint) {}

    CalendarService(CalendarRepository repository, CalendarImports imports, CalendarConfig config,
            Event<CalendarChanged> changed, Clock clock) {
        this.repository = repository;
        this.imports = imports;
        this.config = config;
        this.changed = changed;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.loadBundled()) {
            for (CalendarYear year : imports.bundled()) {
                boolean loaded = QuarkusTransaction.requiringNew().call(() -> loadIfAbsent(year));
                if (loaded) {
                    LOG.infof("Production calendar %d loaded from the bundled data (%s)", year.year(), year.decree());
                }
            }
        }
        refresh();
    }

    /** The current arithmetic; immutable, so callers may keep it for the length of one operation. */
    public WorkingTime workingTime() {
        Snapshot current = snapshot;
        if (current == null) {
            refresh();
            current = snapshot;
        }
        return current.workingTime();
    }

    public ProductionCalendar calendar() {
        return workingTime().calendar();
    }

    public Deadline deadline(DeadlineRule rule, Instant from) {
        return workingTime().deadline(rule, from);
    }

    /**
     * For a client's message that has already arrived: refusing it because next year's calendar
     * is not loaded would lose it, so the term is computed on weekends only, marked provisional,
     * and the missing year is logged for the admin.
     */
    public Deadline deadlineAtIntake(DeadlineRule rule, Instant from) {
        try {
            return deadline(rule, from);
        } catch (CalendarNotLoadedException e) {
            LOG.warnf("%s; the %s term from %s is provisional until it is loaded", e.getMessage(), rule, from);
            workingTime();
            return snapshot.provisional().deadline(rule, from);
        }
    }

    /** A loaded year; {@link CalendarNotLoadedException} when there is none. */
    public CalendarYear year(int year) {
        return calendar().year(year).orElseThrow(() -> new CalendarNotLoadedException(year));
    }

    public List<CalendarYear> years() {
        return calendar().loadedYears();
    }

    /** Replaces a whole year in one transaction: either every day of the import is stored or none. */
    @Transactional
    public CalendarYear importYear(CalendarYear data, String source) {
        CalendarYearEntity entity = repository.findById(data.year());
        boolean fresh = entity == null;
        if (fresh) {
            entity = new CalendarYearEntity();
            entity.year = data.year();
            entity.version = 1;
        } else {
            entity.version++;
            repository.deleteDays(data.year());
        }
        entity.decree = data.decree();
        entity.loadedAt = clock.instant();
        entity.source = source;
        if (fresh) {
            repository.persist(entity);
        }
        repository.flush();
        for (CalendarDay day : data.days()) {
            repository.persistDay(toEntity(day));
        }
        changed.fire(new CalendarChanged("year " + data.year()));
        LOG.infof("Production calendar %d replaced (%s), version %d, %d days",
                data.year(), source, entity.version, data.days().size());
        return new CalendarYear(data.year(), data.decree(), entity.version, data.days());
    }

    /** Sets one day of a loaded year to {@code kind}, or back to ordinary when {@code kind} is null. */
    @Transactional
    public CalendarYear editDay(LocalDate date, DayKind kind, String note, String actor) {
        CalendarYearEntity entity = repository.findById(date.getYear());
        if (entity == null) {
            throw new CalendarNotLoadedException(date.getYear());
        }
        if (kind == DayKind.DAY_OFF && CalendarYear.isWeekend(date)) {
            throw new InvalidCalendarException("kind", CalendarYear.dayOffOnWeekend(date));
        }
        if (kind == DayKind.WORKING_WEEKEND && !CalendarYear.isWeekend(date)) {
            throw new InvalidCalendarException("kind", CalendarYear.workingWeekendOnWeekday(date));
        }
        CalendarDayEntity day = repository.day(date);
        if (kind == null) {
            if (day != null) {
                repository.removeDay(day);
            }
        } else {
            if (day == null) {
                day = new CalendarDayEntity();
                day.date = date;
                day.year = date.getYear();
                day.kind = kind.code();
                day.note = note;
                repository.persistDay(day);
            } else {
                day.kind = kind.code();
                day.note = note;
            }
        }
        entity.version++;
        entity.loadedAt = clock.instant();
        repository.flush();
        changed.fire(new CalendarChanged("day " + date));
        LOG.infof("Production calendar day %s set to %s by %s; %d is now version %d",
                date, kind == null ? "ordinary" : kind.code(), actor, date.getYear(), entity.version);
        return toYear(entity, repository.daysOf(date.getYear()));
    }

    public CalendarSettingsEntity settings() {
        return QuarkusTransaction.joiningExisting().call(repository::settings);
    }

    @Transactional
    public CalendarSettingsEntity setFallback(boolean enabled, String actor) {
        CalendarSettingsEntity settings = repository.settings();
        settings.fallbackEnabled = enabled;
        settings.updatedAt = clock.instant();
        settings.updatedBy = actor;
        changed.fire(new CalendarChanged("fallback"));
        LOG.infof("Calendar fallback to weekends only %s by %s", enabled ? "enabled" : "disabled", actor);
        return settings;
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged event) {
        refresh();
    }

    /** Another instance may have changed the calendar; the fingerprint query is tiny. */
    @Scheduled(every = "{otklik.calendar.refresh-every}", executeWith = Scheduled.SIMPLE,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "{otklik.calendar.refresh-every}")
    void refreshIfChanged() {
        Snapshot current = snapshot;
        String fingerprint = QuarkusTransaction.requiringNew().call(repository::fingerprint);
        if (current == null || !current.fingerprint().equals(fingerprint)) {
            refresh();
        }
    }

    synchronized void refresh() {
        snapshot = QuarkusTransaction.requiringNew().call(() -> {
            String fingerprint = repository.fingerprint();
            Map<Integer, List<CalendarDayEntity>> days = new HashMap<>();
            for (CalendarDayEntity day : repository.allDays()) {
                days.computeIfAbsent(day.year, y -> new ArrayList<>()).add(day);
            }
            List<CalendarYear> years = new ArrayList<>();
            for (CalendarYearEntity entity : repository.allYears()) {
                years.add(toYear(entity, days.getOrDefault(entity.year, List.of())));
            }
            boolean fallback = repository.settings().fallbackEnabled;
            ProductionCalendar calendar = ProductionCalendar.of(years, fallback);
            LOG.debugf("Calendar snapshot rebuilt: %s years, fallback %s", (Object) years.size(), fallback);
            WorkingTime provisional = fallback ? null : new WorkingTime(ProductionCalendar.of(years, true), TimeConfig.DEPARTMENT_ZONE);
            return new Snapshot(new WorkingTime(calendar, TimeConfig.DEPARTMENT_ZONE), provisional, fingerprint);
        });
    }

    private boolean loadIfAbsent(CalendarYear year) {
        if (!repository.claimYear(year.year(), year.decree(), clock.instant(), CalendarImports.BUNDLED_SOURCE)) {
            return false;
        }
        for (CalendarDay day : year.days()) {
            repository.persistDay(toEntity(day));
        }
        return true;
    }

    private static CalendarDayEntity toEntity(CalendarDay day) {
        CalendarDayEntity entity = new CalendarDayEntity();
        entity.date = day.date();
        entity.year = day.date().getYear();
        entity.kind = day.kind().code();
        entity.note = day.note();
        return entity;
    }

    private static CalendarYear toYear(CalendarYearEntity entity, List<CalendarDayEntity> days) {
        List<CalendarDay> list = new ArrayList<>(days.size());
        for (CalendarDayEntity day : days) {
            list.add(new CalendarDay(day.date, DayKind.fromCode(day.kind), day.note));
        }
        return new CalendarYear(entity.year, entity.decree, entity.version, list);
    }
}
