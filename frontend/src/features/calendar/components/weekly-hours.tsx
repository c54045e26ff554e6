import type { OpeningHours } from '../api/types';
import { weeklyHours } from '../hours';

/** A weekly schedule as a short definition list: days, then hours. */
export function WeeklyHours({ hours }: { hours: readonly OpeningHours[] }) {
  return (
    <dl className="weekly-hours">
      {weeklyHours(hours).map((row) => (
        <div key={row.days}>
          <dt>{row.days}</dt>
          <dd>{row.hours ?? 'не работает'}</dd>
        </div>
      ))}
    </dl>
  );
}
