import type { CalendarDay } from '../api/types';
import { dayOfMonth, isWeekend, monthName, monthWeeks, weekdayIndex } from '../dates';
import { cellLabel, dayKinds } from '../labels';
import { weekdays } from '../weekdays';

type Props = {
  year: number;
  /** 0 for January. */
  month: number;
  special: ReadonlyMap<string, CalendarDay>;
  /** Today in Novosibirsk (`YYYY-MM-DD`), to outline it. */
  today: string | null;
};

function DayCell({ date, day, today }: { date: string; day?: CalendarDay; today: boolean }) {
  const weekday = weekdayIndex(date);
  const classes = ['day'];
  if (day) classes.push(`day-${day.kind}`);
  else if (isWeekend(date)) classes.push('day-weekend');
  if (today) classes.push('day-today');
  return (
    <td
      className={classes.join(' ')}
      title={day?.note || undefined}
      aria-current={today ? 'date' : undefined}
    >
      <span className="day-number">{dayOfMonth(date)}</span>
      {day && (
        <>
          <span className="day-marker" aria-hidden="true">
            {dayKinds[day.kind].marker}
          </span>
          <span className="visually-hidden">, {cellLabel(day.kind, weekday)}</span>
        </>
      )}
      {today && <span className="visually-hidden">, сегодня</span>}
    </td>
  );
}

/** One month as a table, Monday first; special days carry a letter and a spoken label as well as a colour. */
export function MonthGrid({ year, month, special, today }: Props) {
  return (
    <table className="month">
      <caption className="month-title">{`${monthName(month)} ${year}`}</caption>
      <thead>
        <tr>
          {weekdays.map((weekday, index) => (
            <th scope="col" key={weekday.code} className={index >= 5 ? 'weekend-head' : undefined}>
              <span aria-hidden="true">{weekday.short}</span>
              <span className="visually-hidden">{weekday.name}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week, row) => (
          <tr key={row}>
            {week.map((date, column) =>
              date ? (
                <DayCell key={date} date={date} day={special.get(date)} today={date === today} />
              ) : (
                <td key={`pad-${column}`} className="day-pad" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
