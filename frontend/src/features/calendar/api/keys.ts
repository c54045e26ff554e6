import type { DeadlineParams } from './types';

/** Everything here depends on the calendar, so an admin's change invalidates `calendarKeys.all`. */
export const calendarKeys = {
  all: ['calendar'] as const,
  lineStatus: () => [...calendarKeys.all, 'line-status'] as const,
  years: () => [...calendarKeys.all, 'years'] as const,
  year: (year: number) => [...calendarKeys.all, 'year', year] as const,
  settings: () => [...calendarKeys.all, 'settings'] as const,
  schedules: () => [...calendarKeys.all, 'schedules'] as const,
  deadline: (params: DeadlineParams) => [...calendarKeys.all, 'deadline', params] as const,
};

/** The line panel asks again this often, so «open» turns into «closed» without a reload. */
export const LINE_STATUS_REFRESH_MS = 60_000;
