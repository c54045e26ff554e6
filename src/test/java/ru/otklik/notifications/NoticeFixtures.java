package ru.otklik.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Builds notices as features send them: by default a §10 primary response by e-mail to a
 * mailbox no other test uses. Each test changes only what it is about.
 */
final class NoticeFixtures {

    private NotificationKind kind = NotificationKind.PRIMARY_RESPONSE;
    private String key = "test:" + UUID.randomUUID();
    private String name = "Иванова Мария Петровна";
    private String email = "client." + UUID.randomUUID() + "@example.org";
    private String phone;
    private String address;
    private String subject;
    private List<CallWindow> windows = List.of();
    private DeliveryChannel preferred = DeliveryChannel.EMAIL;
    private DeliveryChannel additional;
    private ChannelMandate mandate = ChannelMandate.NONE;
    private UUID messageRef = UUID.randomUUID();
    private Instant dueBy = Instant.now().plusSeconds(86_400);
    private final java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    private final List<Notice.Attachment> attachments = new java.util.ArrayList<>();

    private NoticeFixtures() {
        values.put("registrationNumber", "2026-" + String.format("%06d", Math.abs(key.hashCode() % 1_000_000)));
        values.put("receivedDate", "27 ноября 2026 года");
        values.put("dueDate", "28 декабря 2026 года");
    }

    static NoticeFixtures aNotice() {
        return new NoticeFixtures();
    }

    NoticeFixtures kind(NotificationKind kind) {
        this.kind = kind;
        values.clear();
        values.putAll(kind.samples());
        values.remove(NotificationKind.CLIENT_NAME);
        if (kind.link().placeholder != null) {
            values.remove(kind.link().placeholder);
        }
        return this;
    }

    NoticeFixtures key(String key) {
        this.key = key;
        return this;
    }

    NoticeFixtures email(String email) {
        this.email = email;
        return this;
    }

    NoticeFixtures phone(String phone) {
        this.phone = phone;
        return this;
    }

    NoticeFixtures postalAddress(String address) {
        this.address = address;
        return this;
    }

    NoticeFixtures portalLogin(String subject) {
        this.subject = subject;
        return this;
    }

    NoticeFixtures callWindows(CallWindow... windows) {
        this.windows = List.of(windows);
        return this;
    }

    NoticeFixtures by(DeliveryChannel preferred) {
        this.preferred = preferred;
        return this;
    }

    NoticeFixtures alsoBy(DeliveryChannel additional) {
        this.additional = additional;
        return this;
    }

    NoticeFixtures mandate(ChannelMandate mandate) {
        this.mandate = mandate;
        return this;
    }

    NoticeFixtures value(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** No term from the caller: the notifications feature sets the one the Procedure gives the kind. */
    NoticeFixtures withoutDueBy() {
        this.dueBy = null;
        return this;
    }

    NoticeFixtures dueBy(Instant dueBy) {
        this.dueBy = dueBy;
        return this;
    }

    NoticeFixtures without(String name) {
        values.remove(name);
        return this;
    }

    NoticeFixtures attach(String fileName, String contentType, byte[] content) {
        attachments.add(new Notice.Attachment(fileName, contentType, content));
        return this;
    }

    String email() {
        return email;
    }

    String key() {
        return key;
    }

    UUID messageRef() {
        return messageRef;
    }

    Notice build() {
        Notice.Builder b = Notice.of(kind, key)
                .to(new Addressee(name, email, phone, address, subject, windows))
                .channels(new ChannelChoice(preferred, additional))
                .mandate(mandate)
                .aboutMessage(messageRef)
                .dueBy(dueBy);
        values.forEach(b::value);
        attachments.forEach(a -> b.attach(a.fileName(), a.contentType(), a.content()));
        return b.build();
    }
}
