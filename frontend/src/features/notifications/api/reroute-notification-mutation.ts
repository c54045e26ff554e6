import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { notificationKeys } from './keys';
import type { RerouteRequest } from './types';

/** `POST /api/v1/notifications/{id}/reroute` (rerouteNotification): the same text on another channel. */
export async function rerouteNotification({ id, body }: { id: string; body: RerouteRequest }) {
  return dataOf(
    await api.POST('/api/v1/notifications/{id}/reroute', { params: { path: { id } }, body }),
  );
}

export function useRerouteNotification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rerouteNotification,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
