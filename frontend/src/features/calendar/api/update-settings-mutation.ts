import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { calendarKeys } from './keys';
import type { CalendarSettingsUpdate } from './types';

/** `PUT /api/v1/calendar/settings` (updateCalendarSettings): admin only; the weekend-only fallback. */
export async function updateSettings(body: CalendarSettingsUpdate) {
  return dataOf(await api.PUT('/api/v1/calendar/settings', { body }));
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(calendarKeys.settings(), saved);
      return queryClient.invalidateQueries({ queryKey: calendarKeys.all });
    },
  });
}
