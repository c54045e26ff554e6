import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';
import type { ReviewRequest } from './types';

/** `POST /api/v1/knowledge/sections/{id}/reviews` (recordKnowledgeReview), §35. */
export async function recordReview(sectionId: string, body: ReviewRequest) {
  return dataOf(
    await api.POST('/api/v1/knowledge/sections/{id}/reviews', {
      params: { path: { id: sectionId } },
      body,
    }),
  );
}

export function useRecordReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sectionId, body }: { sectionId: string; body: ReviewRequest }) =>
      recordReview(sectionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}
