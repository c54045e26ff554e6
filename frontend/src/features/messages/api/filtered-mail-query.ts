import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys, PAGE_SIZE } from './keys';

/** `GET /api/v1/mail/filtered` (listFilteredMail): mail the intake filter took for automatic. */
export const filteredMailQueryOptions = (page: number, size = PAGE_SIZE) =>
  queryOptions({
    queryKey: messageKeys.filteredMail(page, size),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/api/v1/mail/filtered', { params: { query: { page, size } }, signal })),
    placeholderData: keepPreviousData,
  });

export function useFilteredMail(page: number, size = PAGE_SIZE) {
  return useQuery(filteredMailQueryOptions(page, size));
}
