import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { clientKeys } from './keys';
import type { ProfileRequest } from './types';

/** `PUT /api/v1/clients/me` (updateMyProfile). */
export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProfileRequest) =>
      dataOf(await api.PUT('/api/v1/clients/me', { body })),
    onSuccess: (saved) => queryClient.setQueryData(clientKeys.me(), saved),
  });
}
