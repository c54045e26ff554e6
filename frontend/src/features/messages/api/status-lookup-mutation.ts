import { useMutation } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import type { StatusQuery } from './types';

/** `POST /api/v1/messages/status`: public; number and code travel in the body, not the URL. */
export async function lookupStatus(body: StatusQuery) {
  return dataOf(await api.POST('/api/v1/messages/status', { body }));
}

export function useStatusLookup() {
  return useMutation({ mutationFn: lookupStatus });
}
