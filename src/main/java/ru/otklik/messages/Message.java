package ru.otklik.messages;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ru.otklik.clients.Channel;
import org.hibernate.annotations.JdbcTypeCode;
import ru.otklik.messages.api.TriageSuggestion;
import org.hibernate.type.SqlTypes;

/** A written message from a client (§2), from registration to the final answer. */
@Entity
@Table(name = "message")
public class Message extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "registration_number", nullable = false, unique = true)
    public String registrationNumber;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "due_rule", nullable = false)
    public String dueRule;

    @Column(name = "due_calendar_version", nullable = false)
    public String dueCalendarVersion;

    @Column(name = "due_provisional", nullable = false)
    public boolean dueProvisional;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageStatus status;

    @Convert(converter = MessageCodes.IntakeChannelConverter.class)
    @Column(name = "intake_channel", nullable = false)
    public IntakeChannel intakeChannel;

    @Convert(converter = MessageCodes.KindConverter.class)
    @Column(nullable = false)
    public MessageKind kind;

    /** The staff member who registered a letter or a document handed in; null for self-service intake. */
    @Column(name = "registered_by")
    public String registeredBy;

    /** The sender's own reference on a letter, e.g. «исх. № 15 от 20.11.2026». */
    @Column(name = "sender_reference")
    public String senderReference;

    /** The Message-ID of the mail the message came in; our mail to the sender answers it (In-Reply-To). */
    @Column(name = "email_message_id")
    public String emailMessageId;

    /** Whether the §10 primary response was queued; automatic mail gets none. */
    @Column(nullable = false)
    public boolean acknowledged;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    public String email;

    /** E.164, normalised at intake. */
    public String phone;

    @Column(name = "postal_address")
    public String postalAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel", nullable = false)
    public Channel preferredChannel;

    @Enumerated(EnumType.STRING)
    @Column(name = "additional_channel")
    public Channel additionalChannel;

    @Column(nullable = false)
    public String text;

    /** The OIDC subject of the client who submitted it while logged in; null for anonymous mail. */
    @Column(name = "client_subject")
    public String clientSubject;

    /** The client record this message belongs to (§1–§2); null until known. */
    @Column(name = "client_id")
    public UUID clientId;

    /** Salted hash of the access code for the public status page; the code itself is never stored. */
    @Column(name = "access_code_hash")
    public String accessCodeHash;
    /** What the analysers suggested at registration, with their reasons (§7–§9). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "triage_suggestion")
    public TriageSuggestion triageSuggestion;

    /** The §7 topic staff confirmed; null until triage. */
    @Column(name = "topic_code")
    public String topicCode;

    /** §8, as staff confirmed it. */
    @Column(nullable = false)
    public boolean urgent;

    /** §9, as staff confirmed it: none, obscene, insult or threat. */
    @Column(nullable = false)
    public String abuse = "none";

    @Column(name = "department_code")
    public String departmentCode;

    /** The OIDC subject of the executor working on the message. */
    public String executor;

    @Column(name = "triaged_at")
    public Instant triagedAt;

    @Column(name = "triaged_by")
    public String triagedBy;

    /** When the answer term was extended; it may be extended once (59-FZ art. 12 part 2). */
    @Column(name = "extended_at")
    public Instant extendedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;
}
