import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { notificationKeys } from './keys';
import type { NotificationKind, TemplateDraft } from './types';

/**
 * `POST /api/v1/notification-templates/{kind}/preview` (previewNotificationTemplate): the draft
 * rendered with sample values, and the plain-language remarks, as the editor types.
 */
export const templatePreviewQueryOptions = (kind: NotificationKind, draft: TemplateDraft) =>
  queryOptions({
    queryKey: notificationKeys.preview(kind, draft),
    queryFn: async ({ signal }) =>
      dataOf(
        await api.POST('/api/v1/notification-templates/{kind}/preview', {
          params: { path: { kind } },
          body: { draft },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useTemplatePreview(kind: NotificationKind, draft: TemplateDraft | null) {
  return useQuery({
    ...templatePreviewQueryOptions(kind, draft ?? { subject: '', body: '', shortBody: '' }),
    enabled: draft !== null,
  });
}
