package ru.otklik.notifications.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.otklik.notifications.CallWindow;
import ru.otklik.notifications.DeliveryChannel;
import ru.otklik.notifications.NotificationKind;

/**
 * A claimed notification as a sender sees it: a detached copy, so sending happens outside any
 * database transaction. {@code attempt} and {@code worker} fence the result: only the owner of
 * this attempt may record it.
 */
public record Dispatch(
        UUID id,
        int attempt,
        int maxAttempts,
        String worker,
        NotificationKind kind,
        DeliveryChannel channel,
        UUID messageRef,
        String recipient,
        String recipientName,
        String subject,
        String bodyText,
        String bodyHtml,
        String emailMessageId,
        String emailInReplyTo,
        String emailReferences,
        List<Attached> attachments,
        List<CallWindow> callWindows,
        Map<String, String> values) {

    public record Attached(String fileName, String contentType, byte[] content) {
    }
}
