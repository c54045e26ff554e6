package ru.otklik.notifications;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;
import ru.otklik.notifications.internal.Dispatch;
import ru.otklik.notifications.internal.DispatchObserver;

/**
 * Kills the dispatcher at the worst moment for an armed notification: the mail server has
 * accepted it and the status is not yet stored — what a power cut or `kill -9` does.
 */
@Singleton
public class CrashAfterAccept implements DispatchObserver {

    /** The process "dies": nothing after this point runs. */
    public static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash after the channel accepted the notification");
        }
    }

    private final Set<UUID> armed = ConcurrentHashMap.newKeySet();

    public void arm(UUID notificationId) {
        armed.add(notificationId);
    }

    @Override
    public void accepted(Dispatch dispatch) {
        if (armed.remove(dispatch.id())) {
            throw new SimulatedCrash();
        }
    }
}
