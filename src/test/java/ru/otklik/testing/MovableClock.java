package ru.otklik.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import ru.otklik.shared.time.TimeConfig;

/**
 * The app's clock in tests: real time, moved forward on request, so rules that wait (lockouts,
 * terms) can be tested without waiting. Tests that move it call {@link #reset()} afterwards.
 */
@ApplicationScoped
public class MovableClock {

    private static volatile Duration offset = Duration.ZERO;

    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Produces
    @Singleton
    Clock clock() {
        return new Moved(Clock.system(TimeConfig.DEPARTMENT_ZONE));
    }

    private static final class Moved extends Clock {
        private final Clock base;

        Moved(Clock base) {
            this.base = base;
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Moved(base.withZone(zone));
        }

        @Override
        public Instant instant() {
            return base.instant().plus(offset);
        }
    }
}
