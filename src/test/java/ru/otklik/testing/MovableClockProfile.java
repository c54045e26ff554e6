package ru.otklik.testing;

import java.util.Set;

/** Notifications against real servers, with the application clock moved by the test. */
public class MovableClockProfile extends NotificationsProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClock.class);
    }
}
