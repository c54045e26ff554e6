package ru.otklik.notifications;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A call staff owe the client for the phone channel; the script is the notification's text. */
@Entity
@Table(name = "notification_call_task")
public class CallTask extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String REACHED = "reached";
    public static final String UNREACHABLE = "unreachable";

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;

    @Column(nullable = false)
    public String phone;

    @Column(nullable = false)
    public String state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    public String note;
}
