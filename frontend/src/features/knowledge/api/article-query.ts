import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';

/** `GET /api/v1/knowledge/articles/{id}` (getKnowledgeArticle). */
export const articleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: knowledgeKeys.article(id),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/knowledge/articles/{id}', { params: { path: { id } }, signal }),
      ),
  });

export function useArticle(id: string | undefined) {
  return useQuery({ ...articleQueryOptions(id ?? ''), enabled: Boolean(id) });
}
