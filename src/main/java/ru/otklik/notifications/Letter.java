package ru.otklik.notifications;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A printable letter for the post channel, waiting for the mailroom until marked posted. */
@Entity
@Table(name = "notification_letter")
public class Letter extends PanacheEntityBase {

    public static final String TO_PRINT = "to_print";
    public static final String POSTED = "posted";

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;

    @Column(nullable = false)
    public byte[] pdf;

    @Column(nullable = false)
    public String state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "posted_at")
    public Instant postedAt;

    @Column(name = "posted_by")
    public String postedBy;

    /** The day the letter was handed to the post, as the mailroom says. */
    @Column(name = "posted_on")
    public java.time.LocalDate postedOn;

    /** Russian Post tracking number of registered mail. */
    @Column(name = "tracking_number")
    public String trackingNumber;
}
