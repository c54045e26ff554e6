package ru.otklik.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The calendar's only setting, kept in the database so every instance sees the admin's choice. */
@Entity
@Table(name = "calendar_settings")
public class CalendarSettingsEntity {

    static final short ID = 1;

    @Id
    public short id;

    @Column(name = "fallback_enabled", nullable = false)
    public boolean fallbackEnabled;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
