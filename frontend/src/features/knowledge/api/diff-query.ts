import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';

/** `GET /api/v1/knowledge/articles/{id}/diff?from=&to=` (diffKnowledgeArticleVersions). */
export const diffQueryOptions = (id: string, from: number, to: number) =>
  queryOptions({
    queryKey: knowledgeKeys.diff(id, from, to),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/knowledge/articles/{id}/diff', {
          params: { path: { id }, query: { from, to } },
          signal,
        }),
      ),
  });

export function useDiff(id: string, from: number | null, to: number | null) {
  return useQuery({
    ...diffQueryOptions(id, from ?? 0, to ?? 0),
    enabled: from !== null && to !== null && from !== to,
  });
}
