package ru.otklik.messages;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A later letter about a registered message (a reply, an addition, an auto-reply): kept with the
 * message for staff, without registering a new message or changing the message's state.
 */
@Entity
@Table(name = "message_correspondence")
public class Correspondence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Column(nullable = false)
    public String direction = "incoming";

    @Convert(converter = MessageCodes.IntakeChannelConverter.class)
    @Column(nullable = false)
    public IntakeChannel channel;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "from_name")
    public String fromName;

    @Column(name = "from_address")
    public String fromAddress;

    public String subject;

    @Column(nullable = false)
    public String text;

    @Column(name = "email_message_id")
    public String emailMessageId;

    /** Sent by a machine (auto-reply, delivery report): never answered. */
    @Column(nullable = false)
    public boolean automatic;
}
