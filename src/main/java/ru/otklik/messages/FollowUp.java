package ru.otklik.messages;

import java.time.Instant;
import java.util.List;

/** A later letter about a registered message, as an intake channel hands it over. */
public record FollowUp(
        IntakeChannel channel,
        Instant receivedAt,
        String fromName,
        String fromAddress,
        String subject,
        String text,
        String emailMessageId,
        boolean automatic,
        List<IncomingFile> attachments) {

    public FollowUp {
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }
}
