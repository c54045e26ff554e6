package ru.otklik.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One notice on one channel: a row of the transactional outbox, written with the business change
 * that caused it and carried through pending → sending → sent or failed by the dispatcher.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    /** All channels one notice went to share a group (the primary and its duplicates, re-routes). */
    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    @Convert(converter = Codes.KindConverter.class)
    @Column(nullable = false)
    public NotificationKind kind;

    @Convert(converter = Codes.ChannelConverter.class)
    @Column(nullable = false)
    public DeliveryChannel channel;

    @Convert(converter = Codes.RouteConverter.class)
    @Column(nullable = false)
    public RouteRole route;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    public String idempotencyKey;

    @Column(name = "message_ref")
    public UUID messageRef;

    @Column(name = "client_subject")
    public String clientSubject;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    /** The address on this channel: e-mail, E.164 phone, postal address or portal subject. */
    @Column(nullable = false)
    public String recipient;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_address")
    public String contactAddress;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "call_windows")
    public List<CallWindow> callWindows;

    @Column(name = "template_version", nullable = false)
    public int templateVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "template_values", nullable = false)
    public Map<String, String> templateValues;

    @Column(nullable = false)
    public String subject;

    @Column(name = "body_text", nullable = false)
    public String bodyText;

    @Column(name = "body_html")
    public String bodyHtml;

    @Column(name = "feedback_token")
    public String feedbackToken;

    /** Stable per notification, so a resend after a crash carries the same Message-ID. */
    @Column(name = "email_message_id")
    public String emailMessageId;

    /** The client's mail this one answers, so it joins their thread; null when they did not write by e-mail. */
    @Column(name = "email_in_reply_to")
    public String emailInReplyTo;

    /** Message-IDs of the thread, space-separated, for the References header. */
    @Column(name = "email_references")
    public String emailReferences;

    @Convert(converter = Codes.StatusConverter.class)
    @Column(nullable = false)
    public NotificationStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "max_attempts", nullable = false)
    public int maxAttempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_error")
    public String lastError;

    /** What the channel gave back: the SMS centre's message id, the letter or call task. */
    @Column(name = "provider_ref")
    public String providerRef;

    @Column(name = "due_by")
    public Instant dueBy;

    @Column(name = "rerouted_from")
    public UUID reroutedFrom;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** When the retention job deleted the text, values and attempts; the log line stays. */
    @Column(name = "purged_at")
    public Instant purgedAt;

    @Version
    public long version;
}
