package ru.otklik.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** Another instance changes the database behind this one's back; the periodic check picks it up. */
@QuarkusTest
class CalendarRefreshTest {

    @Inject
    CalendarService service;

    @Inject
    EntityManager db;

    @Test
    void aYearLoadedByAnotherInstanceIsSeenAfterTheNextCheck() {
        QuarkusTransaction.requiringNew().run(() -> {
            db.createNativeQuery("delete from calendar_year where year = 2039").executeUpdate();
            db.createNativeQuery("insert into calendar_year (year, decree, version, loaded_at, source) "
                    + "values (2039, 'другой экземпляр', 1, now(), 'test')").executeUpdate();
            db.createNativeQuery("insert into calendar_day (date, year, kind, note) "
                    + "values (date '2039-01-03', 2039, 'holiday', null)").executeUpdate();
        });

        service.refreshIfChanged();

        assertThat(service.calendar().isLoaded(2039)).isTrue();
        assertThat(service.calendar().isWorkingDay(LocalDate.of(2039, 1, 3))).isFalse();
    }
}
