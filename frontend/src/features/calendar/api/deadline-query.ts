import { queryOptions } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { calendarKeys } from './keys';
import type { DeadlineParams } from './types';

/**
 * `GET /api/v1/calendar/deadline` (computeDeadline): the term a rule gives from a moment. Fetched
 * on demand by the «compute a term» form (`queryClient.fetchQuery`), so its errors reach the form.
 */
export const deadlineQueryOptions = (params: DeadlineParams) =>
  queryOptions({
    queryKey: calendarKeys.deadline(params),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/calendar/deadline', { params: { query: params }, signal })),
  });
