import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';
import type { GapResolveRequest } from './types';

/** `POST /api/v1/knowledge/gaps/{id}/resolve` (resolveKnowledgeGap): FAQ created or dismissed. */
export async function resolveGap(id: string, body: GapResolveRequest) {
  return dataOf(
    await api.POST('/api/v1/knowledge/gaps/{id}/resolve', { params: { path: { id } }, body }),
  );
}

export function useResolveGap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: GapResolveRequest }) => resolveGap(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}

/** `POST /api/v1/knowledge/gaps/refresh` (refreshKnowledgeGaps): recompute now. */
export function useRefreshGaps() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => dataOf(await api.POST('/api/v1/knowledge/gaps/refresh')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}
