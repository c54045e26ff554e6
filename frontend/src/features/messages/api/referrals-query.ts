import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';

/** `GET /api/v1/knowledge/referrals`: the directory of authorities for a redirect (§11). */
export const referralsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: messageKeys.referrals(q),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/knowledge/referrals', {
          params: { query: q.trim() ? { q: q.trim() } : {} },
          signal,
        }),
      ),
  });

export function useReferrals(q: string) {
  return useQuery(referralsQueryOptions(q));
}
