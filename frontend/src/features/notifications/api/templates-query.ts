import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { notificationKeys } from './keys';

/** `GET /api/v1/notification-templates` (listNotificationTemplates): the wording in force per kind. */
export const templatesQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.templates(),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/notification-templates', { signal })),
  });

export function useTemplates() {
  return useQuery(templatesQueryOptions());
}
