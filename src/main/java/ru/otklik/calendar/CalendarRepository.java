package ru.otklik.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Every query on the calendar tables lives here. */
@ApplicationScoped
public class CalendarRepository implements PanacheRepositoryBase<CalendarYearEntity, Integer> {

    public List<CalendarYearEntity> allYears() {
        return listAll(Sort.by("year"));
    }

    public List<CalendarDayEntity> daysOf(int year) {
        return getEntityManager()
                .createQuery("from CalendarDayEntity d where d.year = :year order by d.date", CalendarDayEntity.class)
                .setParameter("year", year)
                .getResultList();
    }

    public List<CalendarDayEntity> allDays() {
        return getEntityManager()
                .createQuery("from CalendarDayEntity d order by d.date", CalendarDayEntity.class)
                .getResultList();
    }

    public CalendarDayEntity day(LocalDate date) {
        return getEntityManager().find(CalendarDayEntity.class, date);
    }

    public void deleteDays(int year) {
        getEntityManager().createQuery("delete from CalendarDayEntity d where d.year = :year")
                .setParameter("year", year)
                .executeUpdate();
    }

    public void persistDay(CalendarDayEntity day) {
        getEntityManager().persist(day);
    }

    public void removeDay(CalendarDayEntity day) {
        getEntityManager().remove(day);
    }

    /**
     * Claims a year for the bundled loader: true only for the one instance whose insert won, so
     * instances starting together never load the same year twice.
     */
    public boolean claimYear(int year, String decree, Instant now, String source) {
        return getEntityManager().createNativeQuery("""
                        insert into calendar_year (year, decree, version, loaded_at, source)
                        values (:year, :decree, 1, :now, :source)
                        on conflict (year) do nothing""")
                .setParameter("year", year)
                .setParameter("decree", decree)
                .setParameter("now", now)
                .setParameter("source", source)
                .executeUpdate() == 1;
    }

    public CalendarSettingsEntity settings() {
        return getEntityManager().find(CalendarSettingsEntity.class, CalendarSettingsEntity.ID);
    }

    /** Cheap summary that changes whenever any instance changes the calendar; compared before rebuilding. */
    public String fingerprint() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        select (select count(*) from calendar_year),
                               (select coalesce(sum(version), 0) from calendar_year),
                               (select max(loaded_at) from calendar_year),
                               (select updated_at from calendar_settings where id = 1),
                               (select fallback_enabled from calendar_settings where id = 1)""")
                .getSingleResult();
        return row[0] + "|" + row[1] + "|" + row[2] + "|" + row[3] + "|" + row[4];
    }
}
