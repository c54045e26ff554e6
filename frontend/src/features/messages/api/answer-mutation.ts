import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';
import type { AnswerRequest } from './types';

/** `POST /api/v1/messages/{id}/answer` (answerMessage). */
export function useAnswerMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AnswerRequest) =>
      dataOf(await api.POST('/api/v1/messages/{id}/answer', { params: { path: { id } }, body })),
    onSuccess: (workflow) => {
      queryClient.setQueryData(messageKeys.workflow(id), workflow);
      return queryClient.invalidateQueries({ queryKey: messageKeys.all });
    },
  });
}
