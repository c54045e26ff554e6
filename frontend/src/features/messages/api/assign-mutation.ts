import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';
import type { AssignmentRequest } from './types';

/** `PUT /api/v1/messages/{id}/assignment` (assignMessage). */
export function useAssignMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AssignmentRequest) =>
      dataOf(await api.PUT('/api/v1/messages/{id}/assignment', { params: { path: { id } }, body })),
    onSuccess: (workflow) => {
      queryClient.setQueryData(messageKeys.workflow(id), workflow);
      return queryClient.invalidateQueries({ queryKey: messageKeys.all });
    },
  });
}
