package ru.otklik.notifications.internal;

/**
 * Called after a remote channel accepted a notification and before that is recorded — the
 * window in which a crash makes a resend necessary. Lets metrics (and tests reproducing the
 * crash) see that moment; no implementation is needed for normal operation.
 */
public interface DispatchObserver {

    void accepted(Dispatch dispatch);
}
