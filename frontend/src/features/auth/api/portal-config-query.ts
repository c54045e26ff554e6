import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { authKeys } from './keys';

/** `GET /api/v1/portal/config`: where the identity provider is and which client the SPA is. */
export const portalConfigQueryOptions = queryOptions({
  queryKey: authKeys.portalConfig,
  queryFn: async ({ signal }) => dataOf(await api.GET('/api/v1/portal/config', { signal })),
  staleTime: Infinity,
});

export function usePortalConfig() {
  return useQuery(portalConfigQueryOptions);
}
