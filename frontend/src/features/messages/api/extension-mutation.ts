import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';
import type { ExtensionRequest } from './types';

/** `POST /api/v1/messages/{id}/extension` (extendMessageTerm). */
export function useExtendTerm(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ExtensionRequest) =>
      dataOf(await api.POST('/api/v1/messages/{id}/extension', { params: { path: { id } }, body })),
    onSuccess: (workflow) => {
      queryClient.setQueryData(messageKeys.workflow(id), workflow);
      return queryClient.invalidateQueries({ queryKey: messageKeys.all });
    },
  });
}
