package ru.otklik.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The materials of one function of the department, kept by the unit responsible for it (§32, §33). */
@Entity
@Table(name = "kb_section")
public class Section extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "review_cadence_months", nullable = false)
    public int reviewCadenceMonths;

    /** Creation date, then the date of the latest review: the next review is due a cadence later. */
    @Column(name = "review_anchor", nullable = false)
    public LocalDate reviewAnchor;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
