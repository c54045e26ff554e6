import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';
import type { SubmitMessage } from './types';

/** `POST /api/v1/messages` (submitMessage): public; the bearer token goes along when logged in. */
export async function submitMessage(body: SubmitMessage) {
  return dataOf(await api.POST('/api/v1/messages', { body }));
}

export function useSubmitMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitMessage,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
}
