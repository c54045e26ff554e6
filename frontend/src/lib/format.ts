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

const timeFormat = new Intl.DateTimeFormat('ru-RU', {
  timeZone: DEPARTMENT_TIME_ZONE,
  hour: 'numeric',
  minute: '2-digit',
});

const dayMonthFormat = new Intl.DateTimeFormat('ru-RU', {
  timeZone: DEPARTMENT_TIME_ZONE,
  day: 'numeric',
  month: 'long',
});

const dateKeyFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: DEPARTMENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** «9:00» — the time of day in Novosibirsk. */
export function formatTime(iso: string): string {
  const date = parse(iso);
  return date ? timeFormat.format(date) : iso;
}

/** «17 марта» — the Novosibirsk date without the year. */
export function formatDayMonth(iso: string): string {
  const date = parse(iso);
  return date ? dayMonthFormat.format(date) : iso;
}

/** The calendar date in Novosibirsk as `YYYY-MM-DD`, whatever the offset of the moment given. */
export function departmentDate(moment: string | Date): string | null {
  const date = typeof moment === 'string' ? parse(moment) : moment;
  return date ? dateKeyFormat.format(date) : null;
}

const sizeUnits = ['байт', 'КБ', 'МБ'] as const;

/** «512 байт», «1,5 КБ», «10 МБ». */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < sizeUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 ? String(value) : value.toFixed(1).replace('.', ',').replace(/,0$/, '');
  return `${shown} ${sizeUnits[unit]}`;
}
