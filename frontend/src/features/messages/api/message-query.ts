import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';

/** `GET /api/v1/messages/{id}`: one message with the author's contacts and full text. */
export const messageQueryOptions = (id: string) =>
  queryOptions({
    queryKey: messageKeys.detail(id),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/messages/{id}', { params: { path: { id } }, signal })),
  });

export function useMessage(id: string) {
  return useQuery(messageQueryOptions(id));
}
