import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';

/** `GET /api/v1/mail/filtered/{id}` (getFilteredMail): the mail's text; each read is audited. */
export const filteredMailDetailQueryOptions = (id: string) =>
  queryOptions({
    queryKey: messageKeys.filteredMailDetail(id),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/mail/filtered/{id}', { params: { path: { id } }, signal })),
  });

export function useFilteredMailDetail(id: string) {
  return useQuery(filteredMailDetailQueryOptions(id));
}
