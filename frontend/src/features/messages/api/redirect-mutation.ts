import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';
import type { RedirectRequest } from './types';

/** `POST /api/v1/messages/{id}/redirect` (redirectMessage). */
export function useRedirectMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RedirectRequest) =>
      dataOf(await api.POST('/api/v1/messages/{id}/redirect', { params: { path: { id } }, body })),
    onSuccess: (workflow) => {
      queryClient.setQueryData(messageKeys.workflow(id), workflow);
      return queryClient.invalidateQueries({ queryKey: messageKeys.all });
    },
  });
}
