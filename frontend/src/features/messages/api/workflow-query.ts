import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';

/** `GET /api/v1/messages/{id}/workflow`: triage, assignment, term, next statuses. */
export const workflowQueryOptions = (id: string) =>
  queryOptions({
    queryKey: messageKeys.workflow(id),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/messages/{id}/workflow', { params: { path: { id } }, signal })),
  });

export function useWorkflow(id: string) {
  return useQuery(workflowQueryOptions(id));
}
