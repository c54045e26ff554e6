import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';
import type { TriageDecision } from './types';

/** `PUT /api/v1/messages/{id}/triage` (decideTriage). */
export function useDecideTriage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TriageDecision) =>
      dataOf(await api.PUT('/api/v1/messages/{id}/triage', { params: { path: { id } }, body })),
    onSuccess: (workflow) => {
      queryClient.setQueryData(messageKeys.workflow(id), workflow);
      return queryClient.invalidateQueries({ queryKey: messageKeys.all });
    },
  });
}
