package ru.otklik.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One check of a section (§35): who checked it, when, and what changed. Append-only. */
@Entity
@Table(name = "kb_section_review")
public class SectionReview extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "section_id", nullable = false)
    public UUID sectionId;

    @Column(name = "reviewed_at", nullable = false)
    public Instant reviewedAt;

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    @Column(nullable = false)
    public String reviewer;

    @Convert(converter = CodeConverters.Outcome.class)
    @Column(nullable = false)
    public ReviewOutcome outcome;

    @Column(nullable = false)
    public String notes;
}
