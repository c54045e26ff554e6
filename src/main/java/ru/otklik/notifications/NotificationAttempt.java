package ru.otklik.notifications;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One try at delivering a notification, kept for the delivery log. */
@Entity
@Table(name = "notification_attempt")
public class NotificationAttempt extends PanacheEntityBase {

    /** How an attempt ended. */
    public enum Outcome {
        IN_PROGRESS, SENT, RETRY, FAILED, INTERRUPTED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "notification_id", nullable = false)
    public UUID notificationId;

    @Column(name = "attempt_no", nullable = false)
    public int attemptNo;

    @Column(nullable = false)
    public String worker;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(nullable = false)
    public String outcome;

    public String detail;

    @Column(name = "email_message_id")
    public String emailMessageId;
}
