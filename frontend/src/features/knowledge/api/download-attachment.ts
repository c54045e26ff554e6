import { api } from '@/lib/api-client';
import { saveFile } from '@/lib/save-file';

/**
 * `GET /api/v1/knowledge/articles/{id}/attachments/{attachmentId}` (downloadKnowledgeAttachment):
 * with the staff token where there is one; on the portal the same call goes without a token.
 */
export async function downloadAttachment(
  articleId: string,
  attachmentId: string,
  fileName: string,
) {
  const { data } = await api.GET('/api/v1/knowledge/articles/{id}/attachments/{attachmentId}', {
    params: { path: { id: articleId, attachmentId } },
    parseAs: 'blob',
  });
  saveFile(data, fileName);
}
