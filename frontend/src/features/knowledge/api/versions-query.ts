import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';

/** `GET /api/v1/knowledge/articles/{id}/versions` (listKnowledgeArticleVersions), newest first. */
export const versionsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: knowledgeKeys.versions(id),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/knowledge/articles/{id}/versions', {
          params: { path: { id } },
          signal,
        }),
      ),
  });

export function useVersions(id: string) {
  return useQuery(versionsQueryOptions(id));
}
