import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { calendarKeys } from './keys';

/** `GET /api/v1/calendar/{year}` (getCalendarYear): every non-ordinary day of one year. */
export const calendarYearQueryOptions = (year: number) =>
  queryOptions({
    queryKey: calendarKeys.year(year),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/calendar/{year}', {
          params: { path: { year: String(year) } },
          signal,
        }),
      ),
  });

export function useCalendarYear(year: number) {
  return useQuery(calendarYearQueryOptions(year));
}
