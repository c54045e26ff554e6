import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';

/** `GET /api/v1/knowledge/articles?section=` (listKnowledgeArticles): one section's articles. */
export const articlesQueryOptions = (sectionId: string, page: number) =>
  queryOptions({
    queryKey: knowledgeKeys.articles(sectionId, page),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/knowledge/articles', {
          params: { query: { section: sectionId, page, size: 50 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useSectionArticles(sectionId: string, page = 0) {
  return useQuery(articlesQueryOptions(sectionId, page));
}
