package ru.otklik.messages;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ru.otklik.clients.Channel;

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

    @Column(name = "intake_channel", nullable = false)
    public String intakeChannel;

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

    @Version
    public long version;
}
