import type { OpeningHours } from './api/types';
import { weekdays } from './weekdays';

export type HoursRow = {
  /** «Понедельник — четверг», «Пятница», «Суббота, воскресенье» */
  days: string;
  /** «9:00–18:00», with breaks «9:00–13:00, 14:00–18:00»; null on days without work. */
  hours: string | null;
};

/** «09:00» → «9:00», as times are written in Russian. */
export function clockTime(hhmm: string | undefined): string {
  return (hhmm ?? '').replace(/^0(\d)/, '$1');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function daysLabel(first: number, last: number): string {
  const name = (index: number) => weekdays[index].name;
  if (first === last) return capitalize(name(first));
  if (last === first + 1) return `${capitalize(name(first))}, ${name(last)}`;
  return `${capitalize(name(first))} — ${name(last)}`;
}

/** A weekly schedule as rows of consecutive days with the same hours, Monday first. */
export function weeklyHours(hours: readonly OpeningHours[]): HoursRow[] {
  const perDay = weekdays.map(({ code }) => {
    const ranges = hours
      .filter((h) => h.dayOfWeek === code)
      .map((h) => `${clockTime(h.opens)}–${clockTime(h.closes)}`);
    return ranges.length ? ranges.join(', ') : null;
  });
  const rows: HoursRow[] = [];
  let start = 0;
  for (let i = 1; i <= perDay.length; i++) {
    if (i === perDay.length || perDay[i] !== perDay[start]) {
      rows.push({ days: daysLabel(start, i - 1), hours: perDay[start] });
      start = i;
    }
  }
  return rows;
}
