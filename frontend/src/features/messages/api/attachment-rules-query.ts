import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';

/** `GET /api/v1/messages/attachment-rules`: limits and formats, for hints before sending. */
export const attachmentRulesQueryOptions = () =>
  queryOptions({
    queryKey: messageKeys.attachmentRules(),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/messages/attachment-rules', { signal })),
    staleTime: Infinity,
  });

/** Asked only once files are chosen, so a form without files costs no extra request. */
export function useAttachmentRules(enabled = true) {
  return useQuery({ ...attachmentRulesQueryOptions(), enabled });
}
