import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';
import type { InadmissibleRequest } from './types';

/** `POST /api/v1/messages/{id}/inadmissible` (declareInadmissible). */
export function useDeclareInadmissible(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: InadmissibleRequest) =>
      dataOf(
        await api.POST('/api/v1/messages/{id}/inadmissible', { params: { path: { id } }, body }),
      ),
    onSuccess: (workflow) => {
      queryClient.setQueryData(messageKeys.workflow(id), workflow);
      return queryClient.invalidateQueries({ queryKey: messageKeys.all });
    },
  });
}
