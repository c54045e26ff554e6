import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { clientKeys } from './keys';

/** `GET /api/v1/clients/me`: the logged-in client's profile, created on first visit. */
export const myProfileQueryOptions = () =>
  queryOptions({
    queryKey: clientKeys.me(),
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/v1/clients/me', { signal })),
  });

export function useMyProfile(options: { enabled?: boolean } = {}) {
  return useQuery({ ...myProfileQueryOptions(), enabled: options.enabled ?? true });
}
