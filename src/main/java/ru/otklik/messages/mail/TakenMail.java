package ru.otklik.messages.mail;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One mail taken from the department mailbox and what became of it; the filtered ones are kept whole. */
@Entity
@Table(name = "mail_intake")
public class TakenMail extends PanacheEntityBase {

    @Id
    @Column(name = "email_message_id")
    public String emailMessageId;

    @Column(nullable = false, insertable = false, updatable = false)
    public UUID id;

    /** registered, follow_up or filed. */
    @Column(nullable = false)
    public String outcome;

    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "from_name")
    public String fromName;

    @Column(name = "from_address")
    public String fromAddress;

    public String subject;

    /** Why the filter took it for automatic; null for mail that became a message by itself. */
    public String reason;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** The mail as received, kept only for filtered mail. */
    public byte[] raw;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at")
    public Instant registeredAt;
}
