import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { calendarKeys } from './keys';
import type { CalendarYearSummary } from './types';

const byYear = (years: CalendarYearSummary[]) =>
  [...years].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));

/** `GET /api/v1/calendar` (listCalendarYears): the loaded years, oldest first. */
export const calendarYearsQueryOptions = () =>
  queryOptions({
    queryKey: calendarKeys.years(),
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/v1/calendar', { signal })),
    select: byYear,
  });

export function useCalendarYears() {
  return useQuery(calendarYearsQueryOptions());
}
