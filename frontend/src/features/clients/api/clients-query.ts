import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { clientKeys, PAGE_SIZE } from './keys';

/** `GET /api/v1/clients?q=` (staff search; every call is audited). */
export const clientsQueryOptions = (q: string, page: number, size = PAGE_SIZE) =>
  queryOptions({
    queryKey: clientKeys.search(q, page, size),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/clients', {
          params: { query: { q: q || undefined, page, size } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useClients(q: string, page: number, size = PAGE_SIZE) {
  return useQuery(clientsQueryOptions(q, page, size));
}
