package ru.otklik.calendar;

/** Fired inside a transaction that changed the calendar; the snapshot is rebuilt once it commits. */
record CalendarChanged(String what) {}
