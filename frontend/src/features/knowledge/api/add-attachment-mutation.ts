import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';

/**
 * `POST /api/v1/knowledge/articles/{id}/attachments` (addKnowledgeAttachment): one file in the
 * part «file»; the server decides its type from the bytes and records a new version.
 */
export async function addAttachment(articleId: string, file: File) {
  return dataOf(
    await api.POST('/api/v1/knowledge/articles/{id}/attachments', {
      params: { path: { id: articleId } },
      body: {},
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
}

export function useAddAttachment(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => addAttachment(articleId, file),
    onSuccess: () => invalidateArticle(queryClient, articleId),
  });
}

/** The article (its file list and version) and its history change with every file. */
export function invalidateArticle(
  queryClient: ReturnType<typeof useQueryClient>,
  articleId: string,
) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: knowledgeKeys.article(articleId) }),
    queryClient.invalidateQueries({ queryKey: knowledgeKeys.versions(articleId) }),
  ]);
}
