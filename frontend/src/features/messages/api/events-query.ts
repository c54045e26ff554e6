import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';

/** `GET /api/v1/messages/{id}/events`: the story of the message, oldest first. */
export const eventsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: messageKeys.events(id),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/messages/{id}/events', { params: { path: { id } }, signal })),
  });

export function useMessageEvents(id: string) {
  return useQuery(eventsQueryOptions(id));
}
