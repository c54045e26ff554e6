import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { notificationKeys } from './keys';

export type LetterState = 'to_print' | 'posted';

/** `GET /api/v1/letters` (listLetters): the mailroom queue, oldest first. */
export const lettersQueryOptions = (state: LetterState) =>
  queryOptions({
    queryKey: notificationKeys.letters(state),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/letters', { params: { query: { state } }, signal })),
  });

export function useLetters(state: LetterState) {
  return useQuery(lettersQueryOptions(state));
}

/** Where the printable PDF of a letter is served (opened in a new tab with the staff session). */
export async function fetchLetterPdf(id: string): Promise<Blob> {
  const result = await api.GET('/api/v1/letters/{id}/pdf', {
    params: { path: { id } },
    parseAs: 'blob',
    headers: { Accept: 'application/pdf, application/problem+json' },
  });
  return dataOf(result) as Blob;
}
