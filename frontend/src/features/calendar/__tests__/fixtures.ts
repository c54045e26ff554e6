import { jsonResponse, mockFetch } from '@/testing/test-utils';

export const decree2025 =
  'Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»';

export const years = [
  { year: 2025, decree: decree2025, version: 2, workingDays: 247 },
  { year: 2026, decree: 'Постановление № 1466', version: 1, workingDays: 247 },
];

export const year2025 = {
  year: 2025,
  decree: decree2025,
  version: 2,
  calendarVersion: '2025.2',
  days: [
    { date: '2025-01-01', kind: 'holiday', note: 'Новогодние каникулы' },
    { date: '2025-11-01', kind: 'working_weekend', note: 'Рабочая суббота вместо 3 ноября' },
    { date: '2025-11-03', kind: 'day_off', note: 'Перенос с субботы 1 ноября' },
    { date: '2025-12-31', kind: 'shortened' },
  ],
};

export const settings = {
  fallbackEnabled: false,
  updatedAt: '2026-11-20T12:00:00+07:00',
  updatedBy: 'admin',
};

export const hours = [
  { dayOfWeek: 'MONDAY', opens: '09:00', closes: '18:00' },
  { dayOfWeek: 'FRIDAY', opens: '09:00', closes: '17:00' },
];

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * Answers the calendar's GETs with the fixtures above; `overrides` take a `METHOD /path` key
 * (`PUT /api/v1/calendar/2026`) and win over the defaults.
 */
export function mockCalendarApi(overrides: Record<string, Handler> = {}) {
  const defaults: Record<string, Handler> = {
    'GET /api/v1/calendar': () => jsonResponse(years),
    'GET /api/v1/calendar/2025': () => jsonResponse(year2025),
    'GET /api/v1/calendar/settings': () => jsonResponse(settings),
    'GET /api/v1/calendar/schedules': () => jsonResponse([{ name: 'consultation-line', hours }]),
  };
  return mockFetch((request) => {
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const handler = overrides[key] ?? defaults[key];
    return handler
      ? handler(request)
      : jsonResponse({ title: 'Не найдено', status: 404 }, 404, 'application/problem+json');
  });
}
