package ru.otklik.messages;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import ru.otklik.clients.Channel;

/**
 * The one command every intake channel uses to register a written message (§2): portal, API,
 * mail, paper letters and documents handed in. {@code acknowledge} says whether the §10 primary
 * response is queued; {@code receivedAt} is when the department received it, which starts every
 * term.
 */
public record Registration(
        IntakeChannel channel,
        MessageKind kind,
        String authorName,
        String email,
        String phone,
        String postalAddress,
        Channel preferredChannel,
        Channel additionalChannel,
        String text,
        Instant receivedAt,
        List<IncomingFile> attachments,
        boolean acknowledge,
        String clientSubject,
        String registeredBy,
        String senderReference,
        String emailMessageId) {

    public Registration {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(preferredChannel, "preferredChannel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
        kind = kind == null ? MessageKind.APPEAL : kind;
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }

    public static Builder via(IntakeChannel channel) {
        return new Builder(channel);
    }

    /** Builds a registration; the defaults are an appeal, acknowledged, with no files. */
    public static final class Builder {
        private final IntakeChannel channel;
        private MessageKind kind;
        private String authorName;
        private String email;
        private String phone;
        private String postalAddress;
        private Channel preferredChannel;
        private Channel additionalChannel;
        private String text;
        private Instant receivedAt;
        private List<IncomingFile> attachments = List.of();
        private boolean acknowledge = true;
        private String clientSubject;
        private String registeredBy;
        private String senderReference;
        private String emailMessageId;

        private Builder(IntakeChannel channel) {
            this.channel = channel;
        }

        public Builder kind(MessageKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder author(String name, String email, String phone, String postalAddress) {
            this.authorName = name;
            this.email = email;
            this.phone = phone;
            this.postalAddress = postalAddress;
            return this;
        }

        public Builder channels(Channel preferred, Channel additional) {
            this.preferredChannel = preferred;
            this.additionalChannel = additional;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        public Builder attachments(List<IncomingFile> attachments) {
            this.attachments = attachments;
            return this;
        }

        public Builder acknowledge(boolean acknowledge) {
            this.acknowledge = acknowledge;
            return this;
        }

        public Builder clientSubject(String clientSubject) {
            this.clientSubject = clientSubject;
            return this;
        }

        public Builder registeredBy(String registeredBy) {
            this.registeredBy = registeredBy;
            return this;
        }

        public Builder senderReference(String senderReference) {
            this.senderReference = senderReference;
            return this;
        }

        /** The Message-ID of the mail this message came in, so our mail to the sender continues their thread. */
        public Builder emailMessageId(String emailMessageId) {
            this.emailMessageId = emailMessageId;
            return this;
        }

        public Registration build() {
            return new Registration(channel, kind, authorName, email, phone, postalAddress, preferredChannel,
                    additionalChannel, text, receivedAt, attachments, acknowledge, clientSubject, registeredBy,
                    senderReference, emailMessageId);
        }
    }
}
