import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { notificationKeys } from './keys';
import type { NotificationKind, TemplateDraft } from './types';

/** `PUT /api/v1/notification-templates/{kind}` (saveNotificationTemplate): the next version. */
export async function saveTemplate({
  kind,
  body,
}: {
  kind: NotificationKind;
  body: TemplateDraft;
}) {
  return dataOf(
    await api.PUT('/api/v1/notification-templates/{kind}', { params: { path: { kind } }, body }),
  );
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.templates() }),
  });
}
