import { api, dataOf } from '@/lib/api-client';

/** `GET /api/v1/messages/{id}/answer-draft`: a knowledge-base template filled for this message. */
export async function fetchAnswerDraft(id: string, articleId: string) {
  return dataOf(
    await api.GET('/api/v1/messages/{id}/answer-draft', {
      params: { path: { id }, query: { articleId } },
    }),
  );
}
