import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { notificationKeys } from './keys';
import type { CallOutcome, CallTaskView } from './types';

/** `POST /api/v1/call-tasks/{id}/outcome` (closeCallTask): how the call went. */
export async function closeCall({ id, body }: { id: string; body: CallOutcome }) {
  return dataOf(
    await api.POST('/api/v1/call-tasks/{id}/outcome', { params: { path: { id } }, body }),
  );
}

export function useCloseCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeCall,
    onSuccess: (closed) => {
      queryClient.setQueryData<CallTaskView[]>(notificationKeys.calls('open'), (open) =>
        open?.filter((task) => task.id !== closed.id),
      );
      return queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}
