import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';

/** `POST /api/v1/knowledge/articles/{id}/versions/{number}/restore` (restoreKnowledgeArticleVersion). */
export async function restoreVersion(id: string, number: number) {
  return dataOf(
    await api.POST('/api/v1/knowledge/articles/{id}/versions/{number}/restore', {
      params: { path: { id, number } },
    }),
  );
}

export function useRestoreVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (number: number) => restoreVersion(id, number),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}
