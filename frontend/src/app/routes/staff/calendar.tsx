import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import type { CalendarDay } from '@/features/calendar/api/types';
import { CalendarOverview } from '@/features/calendar/components/calendar-overview';
import { DayEditForm } from '@/features/calendar/components/day-edit-form';
import { DeadlineForm } from '@/features/calendar/components/deadline-form';
import { FallbackSettingsForm } from '@/features/calendar/components/fallback-settings-form';
import { ImportYearForm } from '@/features/calendar/components/import-year-form';
import { SchedulesList } from '@/features/calendar/components/schedules-list';
import { Roles, useAuth } from '@/lib/auth';

/** Reads `?year=2026`; anything else means «the default year». */
function yearFromSearch(search: string): number | undefined {
  const value = new URLSearchParams(search).get('year');
  return value && /^\d{4}$/.test(value) ? Number(value) : undefined;
}

/** `/staff/calendar`: the production calendar, the term calculator and, for admins, its upkeep. */
export function CalendarRoute() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const isAdmin = useAuth().roles.includes(Roles.admin);
  const [editing, setEditing] = useState<{ day: CalendarDay | null; request: number }>({
    day: null,
    request: 0,
  });

  return (
    <>
      <PageHeading>Производственный календарь</PageHeading>
      <nav className="page-contents" aria-label="Разделы страницы">
        <ul>
          <li>
            <a href="#calendar-year">Календарь года</a>
          </li>
          <li>
            <a href="#special-days">Особые дни</a>
          </li>
          <li>
            <a href="#deadline">Расчёт срока</a>
          </li>
          <li>
            <a href="#schedules">Графики работы</a>
          </li>
          {isAdmin && (
            <li>
              <a href="#calendar-admin">Управление календарём</a>
            </li>
          )}
        </ul>
      </nav>

      <CalendarOverview
        requestedYear={yearFromSearch(search)}
        onEditDay={
          isAdmin
            ? (day) => setEditing((current) => ({ day, request: current.request + 1 }))
            : undefined
        }
      />

      <section aria-labelledby="deadline-title" id="deadline">
        <h2 id="deadline-title">Расчёт срока</h2>
        <DeadlineForm />
      </section>

      <section aria-labelledby="schedules-title" id="schedules">
        <h2 id="schedules-title">Графики работы</h2>
        <SchedulesList />
      </section>

      {isAdmin && (
        <section aria-labelledby="calendar-admin-title" id="calendar-admin" className="admin-area">
          <h2 id="calendar-admin-title">Управление календарём</h2>
          <p className="muted">Раздел виден только администраторам.</p>
          <div className="admin-panels">
            <section aria-labelledby="import-title">
              <h3 id="import-title">Импорт года</h3>
              <ImportYearForm
                onImported={(year) => navigate({ search: `?year=${year}` }, { replace: true })}
              />
            </section>
            <section aria-labelledby="day-edit-title" id="day-edit">
              <h3 id="day-edit-title">Изменить день</h3>
              <DayEditForm
                key={editing.request}
                initial={editing.day}
                focusOnMount={editing.request > 0}
              />
            </section>
            <section aria-labelledby="fallback-title">
              <h3 id="fallback-title">Предварительный расчёт сроков</h3>
              <FallbackSettingsForm />
            </section>
          </div>
        </section>
      )}
    </>
  );
}
