import type { LogQuery } from './types';

export const notificationKeys = {
  all: ['notifications'] as const,
  log: (query: LogQuery) => [...notificationKeys.all, 'log', query] as const,
  detail: (id: string) => [...notificationKeys.all, 'detail', id] as const,
  letters: (state: string) => [...notificationKeys.all, 'letters', state] as const,
  calls: (state: string) => [...notificationKeys.all, 'calls', state] as const,
  templates: () => [...notificationKeys.all, 'templates'] as const,
  preview: (kind: string, draft: unknown) =>
    [...notificationKeys.all, 'preview', kind, draft] as const,
  departments: () => [...notificationKeys.all, 'departments'] as const,
};

export const LOG_PAGE_SIZE = 20;
