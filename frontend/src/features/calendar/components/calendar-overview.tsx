import { useMemo } from 'react';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { departmentDate } from '@/lib/format';
import { useCalendarYear } from '../api/calendar-year-query';
import { useCalendarYears } from '../api/calendar-years-query';
import type { CalendarDay, CalendarYearSummary } from '../api/types';
import { CalendarLegend } from './calendar-legend';
import { FallbackState } from './fallback-state';
import { MonthGrid } from './month-grid';
import { SpecialDaysTable } from './special-days-table';
import { YearSwitcher } from './year-switcher';

type Props = {
  /** The year asked for in the address; absent means this year, or the latest loaded one. */
  requestedYear?: number;
  /** Administrators get a button per special day that opens it for editing. */
  onEditDay?: (day: CalendarDay) => void;
};

const MONTHS = Array.from({ length: 12 }, (_, month) => month);

function defaultYear(years: readonly number[], today: string | null): number {
  const current = today ? Number(today.slice(0, 4)) : NaN;
  return years.includes(current) ? current : years[years.length - 1];
}

function YearDetails({
  year,
  summary,
  today,
  onEditDay,
}: {
  year: number;
  summary?: CalendarYearSummary;
  today: string | null;
  onEditDay?: (day: CalendarDay) => void;
}) {
  const calendar = useCalendarYear(year);
  const days = calendar.data?.days;
  const special = useMemo(() => new Map((days ?? []).map((day) => [day.date, day])), [days]);

  if (calendar.isPending) return <Loading label={`Загружаем календарь на ${year} год…`} />;
  if (calendar.isError) {
    return (
      <Alert tone="error" title={`Не удалось загрузить календарь на ${year} год`}>
        {describeError(calendar.error)}
      </Alert>
    );
  }

  const data = calendar.data;
  return (
    <>
      <section aria-labelledby="calendar-year-title" id="calendar-year">
        <h2 id="calendar-year-title">Календарь на {year} год</h2>
        <dl className="details calendar-facts">
          <div>
            <dt>Постановление</dt>
            <dd>{data.decree || 'не указано'}</dd>
          </div>
          <div>
            <dt>Версия</dt>
            <dd>
              {data.calendarVersion ?? data.version}
              <span className="muted">
                {' '}
                — растёт с каждым импортом и правкой дня; её записывают рассчитанные сроки
              </span>
            </dd>
          </div>
          {summary?.workingDays !== undefined && (
            <div>
              <dt>Рабочих дней</dt>
              <dd>{summary.workingDays}</dd>
            </div>
          )}
        </dl>
        <FallbackState />
        <CalendarLegend />
        <div className="year-grid">
          {MONTHS.map((month) => (
            <MonthGrid key={month} year={year} month={month} special={special} today={today} />
          ))}
        </div>
      </section>
      <section aria-labelledby="special-days-title" id="special-days">
        <h2 id="special-days-title">Особые дни {year} года</h2>
        <SpecialDaysTable year={year} days={data.days ?? []} onEdit={onEditDay} />
      </section>
    </>
  );
}

/** The staff year view: switcher among loaded years, the decree and version, 12 months, special days. */
export function CalendarOverview({ requestedYear, onEditDay }: Props) {
  const years = useCalendarYears();
  const today = departmentDate(new Date());

  if (years.isPending) return <Loading label="Загружаем производственный календарь…" />;
  if (years.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить производственный календарь">
        {describeError(years.error)}
      </Alert>
    );
  }

  const loaded = years.data.map((y) => y.year).filter((y): y is number => y !== undefined);
  if (loaded.length === 0) {
    return (
      <Alert tone="info" title="Календарь не загружен">
        Ни один год производственного календаря не загружен, поэтому сроки не рассчитываются.
        Администратор может загрузить год ниже.
      </Alert>
    );
  }

  const year = requestedYear ?? defaultYear(loaded, today);
  const notLoaded = !loaded.includes(year);
  return (
    <>
      <YearSwitcher years={loaded} selected={year} />
      {notLoaded ? (
        <Alert tone="error" title={`Календарь на ${year} год не загружен`}>
          Выберите один из загруженных годов выше.
        </Alert>
      ) : (
        <YearDetails
          year={year}
          summary={years.data.find((y) => y.year === year)}
          today={today}
          onEditDay={onEditDay}
        />
      )}
    </>
  );
}
