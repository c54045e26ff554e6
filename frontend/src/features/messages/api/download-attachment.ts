import { api } from '@/lib/api-client';

/**
 * `GET /api/v1/messages/{id}/attachments/{attachmentId}`: the download needs the bearer token, so
 * it goes through the API client and reaches the browser as an object URL.
 */
export async function downloadAttachment(
  messageId: string,
  attachmentId: string,
  fileName: string,
) {
  const { data } = await api.GET('/api/v1/messages/{id}/attachments/{attachmentId}', {
    params: { path: { id: messageId, attachmentId } },
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
