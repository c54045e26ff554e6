import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { calendarKeys } from './keys';

/** `GET /api/v1/calendar/schedules` (listSchedules): the weekly working hours of the installation. */
export const schedulesQueryOptions = () =>
  queryOptions({
    queryKey: calendarKeys.schedules(),
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/v1/calendar/schedules', { signal })),
    staleTime: Infinity,
  });

export function useSchedules() {
  return useQuery(schedulesQueryOptions());
}
