package ru.otklik.calendar;

/** The terms the Procedure and the law set for answers and notices. */
public enum DeadlineRule {
    /** 59-FZ art. 12: 30 days from registration. */
    APPEAL_ANSWER
}
