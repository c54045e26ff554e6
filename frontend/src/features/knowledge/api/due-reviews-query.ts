import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';

/** `GET /api/v1/knowledge/reviews/due` (listDueKnowledgeReviews): §35 dashboard. */
export const dueReviewsQueryOptions = (within: number) =>
  queryOptions({
    queryKey: knowledgeKeys.dueReviews(within),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/knowledge/reviews/due', { params: { query: { within } }, signal }),
      ),
  });

export function useDueReviews(within = 7) {
  return useQuery(dueReviewsQueryOptions(within));
}
