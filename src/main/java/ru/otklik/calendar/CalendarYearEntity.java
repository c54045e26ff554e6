package ru.otklik.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A loaded production calendar year: where it came from and how many times it has changed. */
@Entity
@Table(name = "calendar_year")
public class CalendarYearEntity {

    @Id
    public int year;

    public String decree;

    /** Starts at 1 and grows with every import or day edit; deadlines record it. */
    @Column(nullable = false)
    public int version;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    @Column(nullable = false)
    public String source;
}
