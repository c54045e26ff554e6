import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';
import type { ClarificationRequest } from './types';

/** `POST /api/v1/messages/{id}/clarifications` (logClarification). */
export function useLogClarification(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ClarificationRequest) =>
      dataOf(
        await api.POST('/api/v1/messages/{id}/clarifications', { params: { path: { id } }, body }),
      ),
    onSuccess: (workflow) => {
      queryClient.setQueryData(messageKeys.workflow(id), workflow);
      return queryClient.invalidateQueries({ queryKey: messageKeys.all });
    },
  });
}
