import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';

/** `POST /api/v1/mail/filtered/{id}/registration` (registerFilteredMail): the filter was wrong. */
export async function registerFilteredMail(id: string) {
  return dataOf(
    await api.POST('/api/v1/mail/filtered/{id}/registration', { params: { path: { id } } }),
  );
}

export function useRegisterFilteredMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerFilteredMail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
}
