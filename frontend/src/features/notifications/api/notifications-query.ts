import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { notificationKeys } from './keys';
import type { LogQuery } from './types';

/** `GET /api/v1/notifications` (listNotifications): the delivery log, newest first. */
export const notificationsQueryOptions = (query: LogQuery) =>
  queryOptions({
    queryKey: notificationKeys.log(query),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/notifications', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

export function useNotifications(query: LogQuery) {
  return useQuery(notificationsQueryOptions(query));
}
