import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';

/** `GET /api/v1/departments` (listDepartments): the ten units and their line numbers (§18). */
export const departmentsQueryOptions = () =>
  queryOptions({
    queryKey: knowledgeKeys.departments(),
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/v1/departments', { signal })),
    staleTime: 60 * 60 * 1000,
  });

export function useDepartments() {
  return useQuery(departmentsQueryOptions());
}
