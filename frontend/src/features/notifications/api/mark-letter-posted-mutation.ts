import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { notificationKeys } from './keys';
import type { LetterPosting, LetterView } from './types';

/** `POST /api/v1/letters/{id}/posted` (markLetterPosted): the day it went and its tracking number. */
export async function markLetterPosted({ id, body }: { id: string; body: LetterPosting }) {
  return dataOf(await api.POST('/api/v1/letters/{id}/posted', { params: { path: { id } }, body }));
}

/** Takes the letter out of the cached queue at once, so the mailroom sees what is left. */
export function useMarkLetterPosted() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markLetterPosted,
    onSuccess: (posted) => {
      queryClient.setQueryData<LetterView[]>(notificationKeys.letters('to_print'), (queue) =>
        queue?.filter((letter) => letter.id !== posted.id),
      );
      return queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}
