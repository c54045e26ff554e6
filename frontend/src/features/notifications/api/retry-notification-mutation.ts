import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { notificationKeys } from './keys';

/** `POST /api/v1/notifications/{id}/retry` (retryNotification): a fresh round of attempts. */
export async function retryNotification(id: string) {
  return dataOf(await api.POST('/api/v1/notifications/{id}/retry', { params: { path: { id } } }));
}

export function useRetryNotification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryNotification,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
