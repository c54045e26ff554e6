import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { clientKeys } from './keys';
import type { ClientRequest } from './types';

/** `POST /api/v1/clients` without an id, `PUT /api/v1/clients/{id}` with one. */
export async function saveClient({ id, body }: { id?: string; body: ClientRequest }) {
  if (id) {
    return dataOf(await api.PUT('/api/v1/clients/{id}', { params: { path: { id } }, body }));
  }
  return dataOf(await api.POST('/api/v1/clients', { body }));
}

export function useSaveClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveClient,
    onSuccess: (saved) => {
      if (saved.id) queryClient.setQueryData(clientKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: [...clientKeys.all, 'search'] });
    },
  });
}
