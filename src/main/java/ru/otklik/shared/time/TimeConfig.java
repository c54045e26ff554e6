package ru.otklik.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import io.quarkus.arc.DefaultBean;

/** One clock for the whole app, so tests can move time; working time is local to the department. */
@ApplicationScoped
public class TimeConfig {

    /** The department works in Novosibirsk (§19: line hours are local). */
    public static final ZoneId DEPARTMENT_ZONE = ZoneId.of("Asia/Novosibirsk");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(DEPARTMENT_ZONE);
    }
}
