import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';

/** `GET /api/v1/messages/counters`: per status, overdue, due today, mine. */
export const inboxCountersQueryOptions = () =>
  queryOptions({
    queryKey: messageKeys.counters(),
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/v1/messages/counters', { signal })),
  });

export function useInboxCounters() {
  return useQuery(inboxCountersQueryOptions());
}
