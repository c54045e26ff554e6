import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys, PAGE_SIZE } from './keys';

/** `GET /api/v1/clients/{id}/messages`: the messages linked to one client, for staff. */
export const clientMessagesQueryOptions = (clientId: string, page: number, size = PAGE_SIZE) =>
  queryOptions({
    queryKey: messageKeys.ofClient(clientId, page, size),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/clients/{id}/messages', {
          params: { path: { id: clientId }, query: { page, size } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useClientMessages(clientId: string, page: number, size = PAGE_SIZE) {
  return useQuery(clientMessagesQueryOptions(clientId, page, size));
}
