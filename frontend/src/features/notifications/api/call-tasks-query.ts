import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { notificationKeys } from './keys';

export type CallState = 'open' | 'reached' | 'unreachable';

/** `GET /api/v1/call-tasks` (listCallTasks): calls to make, with the client's convenient time. */
export const callTasksQueryOptions = (state: CallState) =>
  queryOptions({
    queryKey: notificationKeys.calls(state),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/call-tasks', { params: { query: { state } }, signal })),
  });

export function useCallTasks(state: CallState) {
  return useQuery(callTasksQueryOptions(state));
}
