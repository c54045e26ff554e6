import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { useSchedules } from '../api/schedules-query';
import { scheduleName } from '../labels';
import { WeeklyHours } from './weekly-hours';

/** The weekly schedules the calendar is applied to (consultation line, department…). */
export function SchedulesList() {
  const schedules = useSchedules();
  if (schedules.isPending) return <Loading label="Загружаем графики работы…" />;
  if (schedules.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить графики работы">
        {describeError(schedules.error)}
      </Alert>
    );
  }
  return (
    <>
      <p className="muted">
        В нерабочие дни графики не действуют, в предпраздничные заканчиваются на час раньше.
      </p>
      <div className="schedules">
        {schedules.data.map((schedule) => (
          <div className="schedule" key={schedule.name}>
            <h3>{scheduleName(schedule.name)}</h3>
            <WeeklyHours hours={schedule.hours ?? []} />
          </div>
        ))}
      </div>
    </>
  );
}
