import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { notificationKeys } from './keys';

/** `GET /api/v1/departments` (listDepartments): the units that may own a template (§13). */
export const departmentsQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.departments(),
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/v1/departments', { signal })),
    staleTime: 60 * 60 * 1000,
  });

export function useDepartments(enabled: boolean) {
  return useQuery({ ...departmentsQueryOptions(), enabled });
}
