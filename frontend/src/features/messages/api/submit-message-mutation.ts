import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';
import type { SubmitMessage } from './types';

/** A JSON part and files, as the API's multipart/form-data operations take them. */
export function formWithFiles(part: string, json: unknown, files: File[]): FormData {
  const form = new FormData();
  form.append(part, new Blob([JSON.stringify(json)], { type: 'application/json' }));
  for (const file of files) form.append('files', file, file.name);
  return form;
}

/**
 * `POST /api/v1/messages` (submitMessage): public; the bearer token goes along when logged in.
 * With files the same operation takes multipart/form-data.
 */
export async function submitMessage({ body, files = [] }: { body: SubmitMessage; files?: File[] }) {
  if (files.length === 0) return dataOf(await api.POST('/api/v1/messages', { body }));
  return dataOf(
    await api.POST('/api/v1/messages', {
      body,
      bodySerializer: (message) => formWithFiles('message', message, files),
    }),
  );
}

export function useSubmitMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitMessage,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
}
