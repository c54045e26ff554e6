import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';
import type { ArticleRequest } from './types';

/** `POST /api/v1/knowledge/articles` (createKnowledgeArticle). */
export async function createArticle(body: ArticleRequest) {
  return dataOf(await api.POST('/api/v1/knowledge/articles', { body }));
}

/** `PUT /api/v1/knowledge/articles/{id}` (updateKnowledgeArticle): a new version. */
export async function updateArticle(id: string, body: ArticleRequest) {
  return dataOf(
    await api.PUT('/api/v1/knowledge/articles/{id}', { params: { path: { id } }, body }),
  );
}

/** Creates when there is no id yet, otherwise saves a new version. */
export function useSaveArticle(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ArticleRequest) => (id ? updateArticle(id, body) : createArticle(body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}
