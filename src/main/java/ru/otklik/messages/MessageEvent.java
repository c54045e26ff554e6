package ru.otklik.messages;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step in the story of a message: who did what, when, with the particulars (§4). */
@Entity
@Table(name = "message_event")
public class MessageEvent extends PanacheEntityBase {

    /**
     * From a sequence that hands out blocks of 50, not an identity column: an identity insert must
     * run at once to learn its key, one round trip per event, where a sequence lets the events of
     * a step go to the database together when the transaction flushes.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_event_ids")
    @SequenceGenerator(name = "message_event_ids", sequenceName = "message_event_seq", allocationSize = 50)
    public Long id;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageEventKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> details;
}
