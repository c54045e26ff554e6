import { api } from '@/lib/api-client';
import { saveFile } from '@/lib/save-file';

/** `GET /api/v1/messages/{id}/attachments/{attachmentId}`, with the caller's token. */
export async function downloadAttachment(
  messageId: string,
  attachmentId: string,
  fileName: string,
) {
  const { data } = await api.GET('/api/v1/messages/{id}/attachments/{attachmentId}', {
    params: { path: { id: messageId, attachmentId } },
    parseAs: 'blob',
  });
  saveFile(data, fileName);
}
