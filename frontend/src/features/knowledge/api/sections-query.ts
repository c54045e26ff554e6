import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';

/** `GET /api/v1/knowledge/sections` (listKnowledgeSections), in the order of §18. */
export const sectionsQueryOptions = () =>
  queryOptions({
    queryKey: knowledgeKeys.sections(),
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/v1/knowledge/sections', { signal })),
  });

export function useSections() {
  return useQuery(sectionsQueryOptions());
}
