package ru.otklik.testing;

import java.util.Set;

/** Notifications against real servers, with the application clock moved by the test. */
public class SettableClockProfile extends NotificationsProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(SettableClock.class);
    }
}
