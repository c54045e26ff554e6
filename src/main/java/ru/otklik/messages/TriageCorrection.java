package ru.otklik.messages;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff topic decision next to the suggestion: training data for the topic suggester (§7). */
@Entity
@Table(name = "triage_correction")
public class TriageCorrection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Column(nullable = false)
    public String text;

    @Column(name = "suggested_topic")
    public String suggestedTopic;

    @Column(name = "chosen_topic", nullable = false)
    public String chosenTopic;

    @Column(nullable = false)
    public boolean accepted;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
