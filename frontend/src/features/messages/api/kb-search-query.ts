import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';

/** `GET /api/v1/knowledge/search` for the answer editor (§13). */
export const kbSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: messageKeys.kbSearch(q),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/knowledge/search', { params: { query: { q, limit: 10 } }, signal }),
      ),
    enabled: q.trim().length >= 2,
  });

export function useKbSearch(q: string) {
  return useQuery(kbSearchQueryOptions(q));
}
