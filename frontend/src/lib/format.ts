/** Dates are shown in the department's own time zone, whatever the reader's machine says. */
export const DEPARTMENT_TIME_ZONE = 'Asia/Novosibirsk';

const dateTimeFormat = new Intl.DateTimeFormat('ru-RU', {
  timeZone: DEPARTMENT_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const shortDateTimeFormat = new Intl.DateTimeFormat('ru-RU', {
  timeZone: DEPARTMENT_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** «28 ноября 2026 г. в 14:05» */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** «28.11.2026, 14:05» — for tables. */
export function formatShortDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortDateTimeFormat.format(date);
}
