import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys, PAGE_SIZE } from './keys';

/** `GET /api/v1/messages/mine` (the logged-in citizen's own messages). */
export const myMessagesQueryOptions = (page: number, size = PAGE_SIZE) =>
  queryOptions({
    queryKey: messageKeys.mine(page, size),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/messages/mine', { params: { query: { page, size } }, signal })),
    placeholderData: keepPreviousData,
  });

export function useMyMessages(page: number, size = PAGE_SIZE) {
  return useQuery(myMessagesQueryOptions(page, size));
}
