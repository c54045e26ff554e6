package ru.otklik.wiring;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.calendar.CalendarService;
import ru.otklik.knowledge.api.WorkingDays;

/** The production calendar answers the knowledge base's working-day question (§35 reminders). */
@ApplicationScoped
public class KnowledgeWorkingDays implements WorkingDays {

    private final CalendarService calendar;

    KnowledgeWorkingDays(CalendarService calendar) {
        this.calendar = calendar;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calendar.workingTime().isWorkingDay(date);
    }
}
