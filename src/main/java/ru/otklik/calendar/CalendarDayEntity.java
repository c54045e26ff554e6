package ru.otklik.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One non-ordinary day of a loaded year; {@code kind} holds the {@link DayKind} code. */
@Entity
@Table(name = "calendar_day")
public class CalendarDayEntity {

    @Id
    public LocalDate date;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String kind;

    public String note;
}
