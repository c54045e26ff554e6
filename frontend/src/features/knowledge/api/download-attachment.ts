import { api } from '@/lib/api-client';

/**
 * `GET /api/v1/knowledge/articles/{id}/attachments/{attachmentId}` (downloadKnowledgeAttachment):
 * staff downloads need the bearer token, so the file goes through the API client and reaches the
 * browser as an object URL; on the portal the same call goes without a token.
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
  if (!data) throw new Error('Файл не получен');
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
