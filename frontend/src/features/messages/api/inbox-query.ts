import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys, PAGE_SIZE } from './keys';

/** `GET /api/v1/messages` (staff inbox, sorted by due date). */
export const inboxQueryOptions = (page: number, size = PAGE_SIZE) =>
  queryOptions({
    queryKey: messageKeys.inbox(page, size),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/messages', { params: { query: { page, size } }, signal })),
    placeholderData: keepPreviousData,
  });

export function useInbox(page: number, size = PAGE_SIZE) {
  return useQuery(inboxQueryOptions(page, size));
}
