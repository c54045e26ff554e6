import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { calendarKeys } from './keys';

/** `GET /api/v1/calendar/settings` (getCalendarSettings): whether the weekend-only fallback is on. */
export const calendarSettingsQueryOptions = () =>
  queryOptions({
    queryKey: calendarKeys.settings(),
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/v1/calendar/settings', { signal })),
  });

export function useCalendarSettings() {
  return useQuery(calendarSettingsQueryOptions());
}
