import { DEPARTMENT_TIME_ZONE } from '@/lib/format';

/** Calendar dates (`YYYY-MM-DD`) are days, not moments: they are computed in UTC so no zone shifts them. */

const MONTHS = [
  'Январь',
  'Февраль',
  'Март',
  'Апрель',
  'Май',
  'Июнь',
  'Июль',
  'Август',
  'Сентябрь',
  'Октябрь',
  'Ноябрь',
  'Декабрь',
];

export function monthName(month: number): string {
  return MONTHS[month];
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function utc(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(iso: string): number {
  return (utc(iso).getUTCDay() + 6) % 7;
}

export function isWeekend(iso: string): boolean {
  return weekdayIndex(iso) >= 5;
}

/** A month as weeks of seven cells, Monday first; `null` pads the first and last week. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from(
    { length: weekdayIndex(isoDate(year, month, 1)) },
    () => null,
  );
  for (let day = 1; day <= days; day++) cells.push(isoDate(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

const longDate = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** «четверг, 1 января 2026 г.» */
export function formatCalendarDate(iso: string): string {
  const date = utc(iso);
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date);
}

export function dayOfMonth(iso: string): number {
  return Number(iso.slice(8, 10));
}

const localParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: DEPARTMENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The current Novosibirsk wall-clock time as a `datetime-local` value (`2026-03-13T15:00`). */
export function departmentNowLocal(now: Date = new Date()): string {
  const parts = Object.fromEntries(localParts.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * Novosibirsk has kept UTC+7 since July 2016; a `datetime-local` value read there becomes the
 * ISO moment with offset that the API asks for.
 */
export const DEPARTMENT_OFFSET = '+07:00';

export function fromDepartmentLocal(local: string): string {
  const withSeconds = /T\d{2}:\d{2}$/.test(local) ? `${local}:00` : local;
  return `${withSeconds}${DEPARTMENT_OFFSET}`;
}

export function addDays(iso: string, days: number): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
