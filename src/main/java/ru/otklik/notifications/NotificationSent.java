package ru.otklik.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired when a channel accepted a notification and that was recorded. Features that sent the
 * notice learn of it without notifications knowing them: observers should run after the
 * dispatcher's transaction succeeds and must tolerate seeing the same notice once per channel.
 */
public record NotificationSent(UUID notificationId, NotificationKind kind, UUID messageId, DeliveryChannel channel,
        Instant sentAt) {
}
