import type { CalendarDay } from '../api/types';
import { formatCalendarDate, weekdayIndex } from '../dates';
import { kindLabel } from '../labels';
import { DaySwatch } from './day-marker';

type Props = {
  year: number;
  days: readonly CalendarDay[];
  /** Given to administrators only: a button per day that opens it in the edit form. */
  onEdit?: (day: CalendarDay) => void;
};

/** Every non-ordinary day of the year with its kind and note. */
export function SpecialDaysTable({ year, days, onEdit }: Props) {
  if (days.length === 0) {
    return (
      <p>В {year} году нет особых дней: все будни рабочие, суббота и воскресенье — выходные.</p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table special-days">
        <caption className="visually-hidden">Особые дни {year} года</caption>
        <thead>
          <tr>
            <th scope="col">Дата</th>
            <th scope="col">Вид дня</th>
            <th scope="col">Пояснение</th>
            {onEdit && (
              <th scope="col">
                <span className="visually-hidden">Действия</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => {
            const date = formatCalendarDate(day.date);
            return (
              <tr key={day.date}>
                <th scope="row">
                  <time dateTime={day.date}>{date}</time>
                </th>
                <td>
                  <span className="kind-cell">
                    <DaySwatch kind={day.kind} /> {kindLabel(day.kind, weekdayIndex(day.date))}
                  </span>
                </td>
                <td>{day.note || '—'}</td>
                {onEdit && (
                  <td>
                    <button type="button" className="button-link" onClick={() => onEdit(day)}>
                      Изменить <span className="visually-hidden">день: {date}</span>
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
