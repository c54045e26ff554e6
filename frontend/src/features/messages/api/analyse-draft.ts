import { api, dataOf } from '@/lib/api-client';

/** `POST /api/v1/text/analyse` with kind draft: the plain-language check (§6, §14). */
export async function analyseDraft(text: string) {
  return dataOf(await api.POST('/api/v1/text/analyse', { body: { text, kind: 'draft' } }));
}
