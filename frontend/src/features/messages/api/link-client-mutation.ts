import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';

/** `PUT /api/v1/messages/{id}/client` (linkMessageClient): staff say who the message is from. */
export function useLinkMessageClient(messageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (clientId: string) =>
      dataOf(
        await api.PUT('/api/v1/messages/{id}/client', {
          params: { path: { id: messageId } },
          body: { clientId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.detail(messageId) }),
  });
}
