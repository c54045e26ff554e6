import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { notificationKeys } from './keys';

/** `GET /api/v1/notifications/{id}` (getNotification): the sent text and every attempt. */
export const notificationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: notificationKeys.detail(id),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/notifications/{id}', { params: { path: { id } }, signal })),
  });

export function useNotification(id: string | null) {
  return useQuery({ ...notificationQueryOptions(id ?? ''), enabled: Boolean(id) });
}
