package ru.otklik.notifications;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of the wording of a notice kind; versions are never edited, only added. */
@Entity
@Table(name = "notification_template")
public class NotificationTemplate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Convert(converter = Codes.KindConverter.class)
    @Column(nullable = false)
    public NotificationKind kind;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String subject;

    /** The full text: e-mail, portal inbox, letter. */
    @Column(nullable = false)
    public String body;

    /** The text for SMS and the phone call script. */
    @Column(name = "short_body", nullable = false)
    public String shortBody;

    /** The knowledge-base unit (department code) whose editors own this wording (§13). */
    @Column(name = "owner_department", nullable = false)
    public String ownerDepartment;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
