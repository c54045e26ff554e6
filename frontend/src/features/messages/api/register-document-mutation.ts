import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { messageKeys } from './keys';
import { formWithFiles } from './submit-message-mutation';
import type { StaffRegistration } from './types';

/** `POST /api/v1/messages/registrations` (registerDocument): a paper letter with its scans. */
export async function registerDocument({
  registration,
  files,
}: {
  registration: StaffRegistration;
  files: File[];
}) {
  return dataOf(
    await api.POST('/api/v1/messages/registrations', {
      body: { registration, files: [] },
      bodySerializer: () => formWithFiles('registration', registration, files),
    }),
  );
}

export function useRegisterDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerDocument,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
}
