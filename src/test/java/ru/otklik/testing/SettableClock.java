package ru.otklik.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import ru.otklik.shared.time.TimeConfig;

/**
 * The application clock under a test's control, for terms and retention: enabled only by
 * {@link SettableClockProfile}, so other tests keep the real clock.
 */
@Alternative
@Singleton
public class SettableClock extends Clock {

    private volatile Instant now = Instant.now();

    public void set(OffsetDateTime moment) {
        now = moment.toInstant();
    }

    public void set(Instant moment) {
        now = moment;
    }

    public void reset() {
        now = Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return TimeConfig.DEPARTMENT_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
