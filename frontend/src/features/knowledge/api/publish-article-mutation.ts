import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';

/** `POST …/publish` (publishKnowledgeArticle) or `…/unpublish` (unpublishKnowledgeArticle). */
export async function setPublished(id: string, published: boolean) {
  const params = { params: { path: { id } } };
  return dataOf(
    published
      ? await api.POST('/api/v1/knowledge/articles/{id}/publish', params)
      : await api.POST('/api/v1/knowledge/articles/{id}/unpublish', params),
  );
}

export function usePublishArticle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (published: boolean) => setPublished(id, published),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}
