import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { calendarKeys } from './keys';
import type { CalendarYear, DayEdit } from './types';

/** `PUT /api/v1/calendar/days/{date}` (editCalendarDay): admin only; the year's version grows. */
export async function editDay({ date, edit }: { date: string; edit: DayEdit }) {
  return dataOf(
    await api.PUT('/api/v1/calendar/days/{date}', { params: { path: { date } }, body: edit }),
  );
}

/** `DELETE /api/v1/calendar/days/{date}` (resetCalendarDay): admin only; the day becomes ordinary. */
export async function resetDay({ date }: { date: string }) {
  return dataOf(await api.DELETE('/api/v1/calendar/days/{date}', { params: { path: { date } } }));
}

function useYearChange<T>(change: (variables: T) => Promise<CalendarYear>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (saved) => {
      if (saved.year !== undefined) queryClient.setQueryData(calendarKeys.year(saved.year), saved);
      return queryClient.invalidateQueries({ queryKey: calendarKeys.all });
    },
  });
}

export function useEditDay() {
  return useYearChange(editDay);
}

export function useResetDay() {
  return useYearChange(resetDay);
}
