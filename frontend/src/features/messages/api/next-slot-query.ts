import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';

/** `GET /api/v1/messages/{id}/clarifications/next-slot`: when the client may be called (§12). */
export const nextSlotQueryOptions = (id: string) =>
  queryOptions({
    queryKey: messageKeys.nextSlot(id),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api/v1/messages/{id}/clarifications/next-slot', {
          params: { path: { id } },
          signal,
        }),
      ),
  });

export function useNextSlot(id: string) {
  return useQuery(nextSlotQueryOptions(id));
}
