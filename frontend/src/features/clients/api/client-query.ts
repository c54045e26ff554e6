import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { clientKeys } from './keys';

/** `GET /api/v1/clients/{id}`: one client card. */
export const clientQueryOptions = (id: string) =>
  queryOptions({
    queryKey: clientKeys.detail(id),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/clients/{id}', { params: { path: { id } }, signal })),
  });

export function useClient(id: string) {
  return useQuery(clientQueryOptions(id));
}
