import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { knowledgeKeys } from './keys';
import type { SectionRequest } from './types';

/** `POST /api/v1/knowledge/sections` or `PUT /api/v1/knowledge/sections/{id}` (§32, §33, §35). */
export async function saveSection(id: string | undefined, body: SectionRequest) {
  return id
    ? dataOf(await api.PUT('/api/v1/knowledge/sections/{id}', { params: { path: { id } }, body }))
    : dataOf(await api.POST('/api/v1/knowledge/sections', { body }));
}

export function useSaveSection(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SectionRequest) => saveSection(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}
