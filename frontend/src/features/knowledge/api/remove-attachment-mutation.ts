import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateArticle } from './add-attachment-mutation';

/** `DELETE /api/v1/knowledge/articles/{id}/attachments/{attachmentId}` (removeKnowledgeAttachment). */
export async function removeAttachment(articleId: string, attachmentId: string) {
  await api.DELETE('/api/v1/knowledge/articles/{id}/attachments/{attachmentId}', {
    params: { path: { id: articleId, attachmentId } },
  });
}

export function useRemoveAttachment(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => removeAttachment(articleId, attachmentId),
    onSuccess: () => invalidateArticle(queryClient, articleId),
  });
}
