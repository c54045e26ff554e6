import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';
import type { ReferralRequest } from './types';

/** `GET /api/v1/knowledge/referrals` (searchReferrals): §29 authorities, best match first. */
export const referralsQueryOptions = (q: string, topic: string) =>
  queryOptions({
    queryKey: knowledgeKeys.referrals(q, topic),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/knowledge/referrals', {
          params: { query: { ...(q ? { q } : {}), ...(topic ? { topic } : {}) } },
          signal,
        }),
      ),
  });

export function useReferrals(q: string, topic: string) {
  return useQuery(referralsQueryOptions(q, topic));
}

/** `PUT /api/v1/knowledge/referrals/{id}` (updateReferral), administrators only. */
export function useUpdateReferral(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ReferralRequest) =>
      dataOf(await api.PUT('/api/v1/knowledge/referrals/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}
