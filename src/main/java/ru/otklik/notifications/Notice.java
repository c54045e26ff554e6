package ru.otklik.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a feature asks the notifications feature to send, inside its own transaction. The
 * idempotency key names the business event ("primary_response:&lt;message id&gt;"), so enqueuing
 * the same event twice sends it once.
 */
public record Notice(
        NotificationKind kind,
        String idempotencyKey,
        Addressee to,
        ChannelChoice channels,
        ChannelMandate mandate,
        Map<String, String> values,
        UUID messageRef,
        List<Attachment> attachments,
        Instant notBefore,
        Instant dueBy,
        List<String> emailThread,
        boolean keyIsNew) {

    /** A file for the e-mail channel; other channels mention it in their text if they need to. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(channels, "channels");
        mandate = mandate == null ? ChannelMandate.NONE : mandate;
        values = Map.copyOf(values == null ? Map.of() : values);
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        emailThread = List.copyOf(emailThread == null ? List.of() : emailThread);
    }

    public static Builder of(NotificationKind kind, String idempotencyKey) {
        return new Builder(kind, idempotencyKey);
    }

    /** Builds a notice step by step; dates are written the Russian way in Novosibirsk time. */
    public static final class Builder {
        private final NotificationKind kind;
        private final String key;
        private Addressee to;
        private ChannelChoice channels;
        private ChannelMandate mandate = ChannelMandate.NONE;
        private final Map<String, String> values = new LinkedHashMap<>();
        private UUID messageRef;
        private final List<Attachment> attachments = new ArrayList<>();
        private Instant notBefore;
        private Instant dueBy;
        private final List<String> emailThread = new ArrayList<>();
        private boolean keyIsNew;

        private Builder(NotificationKind kind, String key) {
            this.kind = kind;
            this.key = key;
        }

        public Builder to(Addressee to) {
            this.to = to;
            return this;
        }

        public Builder channels(ChannelChoice channels) {
            this.channels = channels;
            return this;
        }

        public Builder mandate(ChannelMandate mandate) {
            this.mandate = mandate;
            return this;
        }

        public Builder value(String name, String value) {
            values.put(name, value);
            return this;
        }

        public Builder date(String name, Instant instant) {
            return value(name, instant == null ? null : RussianFormats.date(instant));
        }

        public Builder date(String name, LocalDate date) {
            return value(name, date == null ? null : RussianFormats.date(date));
        }

        public Builder time(String name, Instant instant) {
            return value(name, instant == null ? null : RussianFormats.time(instant));
        }

        public Builder aboutMessage(UUID messageRef) {
            this.messageRef = messageRef;
            return this;
        }

        public Builder attach(String fileName, String contentType, byte[] content) {
            attachments.add(new Attachment(fileName, contentType, content));
            return this;
        }

        /** Not to be sent before this moment, e.g. a reminder 24 hours before a visit (§38). */
        public Builder notBefore(Instant notBefore) {
            this.notBefore = notBefore;
            return this;
        }

        /** The moment the Procedure requires the notice to be out by, shown in the delivery log. */
        public Builder dueBy(Instant dueBy) {
            this.dueBy = dueBy;
            return this;
        }

        /**
         * The client's own mails this notice answers, oldest first (their Message-IDs): an e-mail
         * notice names the last in In-Reply-To and all in References, so the client's mail program
         * shows our answer in the thread of their letter.
         */
        public Builder replyingTo(List<String> emailMessageIds) {
            emailMessageIds.stream().filter(id -> id != null && !id.isBlank()).map(String::strip)
                    .filter(id -> !emailThread.contains(id)).forEach(emailThread::add);
            return this;
        }

        /**
         * The key names a record created in the caller's own transaction (a message just
         * registered), so no notice can have been enqueued under it before and the look-up for
         * one is skipped. The unique key in the outbox still refuses a second one.
         */
        public Builder keyIsNew() {
            this.keyIsNew = true;
            return this;
        }

        public Notice build() {
            Map<String, String> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
            return new Notice(kind, key, to, channels, mandate, copy, messageRef, attachments, notBefore, dueBy,
                    emailThread, keyIsNew);
        }
    }
}
