import { departmentDate, formatDayMonth, formatTime } from '@/lib/format';
import { useLineStatus } from '../api/line-status-query';
import type { LineStatus } from '../api/types';
import { addDays, weekdayIndex } from '../dates';
import { weekdays } from '../weekdays';
import { WeeklyHours } from './weekly-hours';

/** «сегодня в 9:00», «завтра в 9:00», «в понедельник, 16 марта, в 9:00» — relative to the server's now. */
function whenFrom(moment: string, now: string | undefined): string {
  const today = departmentDate(now ?? new Date());
  const day = departmentDate(moment);
  const time = formatTime(moment);
  if (!day || !today) return time;
  if (day === today) return `сегодня в ${time}`;
  if (day === addDays(today, 1)) return `завтра в ${time}`;
  return `${weekdays[weekdayIndex(day)].on}, ${formatDayMonth(moment)}, в ${time}`;
}

function untilFrom(moment: string, now: string | undefined): string {
  const today = departmentDate(now ?? new Date());
  const time = formatTime(moment);
  return departmentDate(moment) === today ? `до ${time}` : `до ${formatDayMonth(moment)}, ${time}`;
}

function StatusText({ status }: { status: LineStatus }) {
  if (status.open) {
    return (
      <>
        <p className="line-state line-state-open">
          <span className="line-state-icon" aria-hidden="true">
            ●
          </span>{' '}
          Сейчас работает
        </p>
        {status.nextClosing && (
          <p className="line-next">Открыта {untilFrom(status.nextClosing, status.now)}</p>
        )}
      </>
    );
  }
  return (
    <>
      <p className="line-state line-state-closed">
        <span className="line-state-icon" aria-hidden="true">
          ○
        </span>{' '}
        Сейчас не работает
      </p>
      <p className="line-next">
        {status.nextOpening
          ? `Откроется ${whenFrom(status.nextOpening, status.now)}`
          : 'Когда линия откроется, пока неизвестно.'}
      </p>
    </>
  );
}

/** Portal aside: whether the consultation line (§19) answers now, until when, and its weekly hours. */
export function LineStatusPanel() {
  const status = useLineStatus();

  return (
    <aside className="line-panel" aria-labelledby="line-panel-title">
      <h2 id="line-panel-title" className="line-panel-title">
        Консультационная линия
      </h2>
      {status.isPending ? (
        <p className="muted" role="status">
          Узнаём, работает ли линия…
        </p>
      ) : status.isError ? (
        <p>Не удалось узнать, работает ли линия сейчас. Напишите обращение — мы ответим.</p>
      ) : (
        <>
          <StatusText status={status.data} />
          {status.data.hours && status.data.hours.length > 0 && (
            <>
              <p className="line-hours-title">Часы работы</p>
              <WeeklyHours hours={status.data.hours} />
            </>
          )}
          <p className="line-note">
            В праздничные дни линия не работает, в предпраздничные закрывается на час раньше. Время
            новосибирское.
          </p>
        </>
      )}
    </aside>
  );
}
