import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api-client';
import { calendarKeys } from './keys';

export type ImportFormat = 'json' | 'xml';

export type ImportYear = {
  year: number;
  format: ImportFormat;
  /** The file as it was chosen: the server parses and judges it, and names the faulty fields. */
  content: string;
  /** Only for XML, which carries no decree of its own. */
  decree?: string;
};

const contentTypes: Record<ImportFormat, string> = {
  json: 'application/json',
  xml: 'application/xml',
};

/** `PUT /api/v1/calendar/{year}` (importCalendarYear): admin only; replaces the whole year. */
export async function importYear({ year, format, content, decree }: ImportYear) {
  return dataOf(
    await api.PUT('/api/v1/calendar/{year}', {
      params: {
        path: { year: String(year) },
        query: format === 'xml' && decree ? { decree } : undefined,
      },
      body: content,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': contentTypes[format] },
    }),
  );
}

export function useImportYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importYear,
    onSuccess: (saved) => {
      if (saved.year !== undefined) queryClient.setQueryData(calendarKeys.year(saved.year), saved);
      return queryClient.invalidateQueries({ queryKey: calendarKeys.all });
    },
  });
}
