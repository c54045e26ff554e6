import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';

/** `GET /api/v1/knowledge/gaps` (listKnowledgeGaps): §35 candidate FAQ, largest first. */
export const gapsQueryOptions = (department: string) =>
  queryOptions({
    queryKey: knowledgeKeys.gaps(department),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/knowledge/gaps', {
          params: { query: department ? { department } : {} },
          signal,
        }),
      ),
  });

export function useGaps(department: string) {
  return useQuery(gapsQueryOptions(department));
}
