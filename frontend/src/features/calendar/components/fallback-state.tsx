import { formatDateTime } from '@/lib/format';
import { useCalendarSettings } from '../api/calendar-settings-query';

/** Whether deadlines in years without a calendar are computed provisionally (read-only view). */
export function FallbackState() {
  const settings = useCalendarSettings();
  if (!settings.data) return null;
  const { fallbackEnabled, updatedAt, updatedBy } = settings.data;
  return (
    <p className="fallback-state">
      <strong>Годы без календаря:</strong>{' '}
      {fallbackEnabled
        ? 'сроки считаются предварительно, только по субботам и воскресеньям, и помечаются как предварительные.'
        : 'сроки не считаются, пока администратор не загрузит календарь.'}
      {updatedAt && (
        <span className="muted">
          {' '}
          Настройку изменил{updatedBy ? ` ${updatedBy}` : 'и'} {formatDateTime(updatedAt)}.
        </span>
      )}
    </p>
  );
}
