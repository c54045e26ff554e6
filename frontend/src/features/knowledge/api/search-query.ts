import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';
import type { SearchParams } from './types';

/** `GET /api/v1/knowledge/search` (searchKnowledge): staff see all published, the portal public FAQ. */
export const searchQueryOptions = (params: SearchParams, scope: 'staff' | 'portal') =>
  queryOptions({
    queryKey: knowledgeKeys.search(params, scope),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/knowledge/search', { params: { query: params }, signal })),
    enabled: Boolean(params.q?.trim()),
    placeholderData: keepPreviousData,
  });

export function useKnowledgeSearch(params: SearchParams, scope: 'staff' | 'portal') {
  return useQuery(searchQueryOptions(params, scope));
}
