import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { calendarKeys, LINE_STATUS_REFRESH_MS } from './keys';

/** `GET /api/v1/line/status` (getLineStatus): public; whether the consultation line answers now. */
export const lineStatusQueryOptions = () =>
  queryOptions({
    queryKey: calendarKeys.lineStatus(),
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/v1/line/status', { signal })),
    staleTime: LINE_STATUS_REFRESH_MS,
    refetchInterval: LINE_STATUS_REFRESH_MS,
  });

export function useLineStatus() {
  return useQuery(lineStatusQueryOptions());
}
