import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys, PAGE_SIZE } from './keys';
import type { InboxFilters } from './types';

/** `GET /api/v1/messages` (staff inbox, sorted by due date, narrowed by filters). */
export const inboxQueryOptions = (page: number, size = PAGE_SIZE, filters: InboxFilters = {}) =>
  queryOptions({
    queryKey: messageKeys.inbox(page, size, filters),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/messages', {
          params: { query: { page, size, ...filters } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useInbox(page: number, size = PAGE_SIZE, filters: InboxFilters = {}) {
  return useQuery(inboxQueryOptions(page, size, filters));
}
