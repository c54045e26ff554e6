import type { InboxFilters } from './types';

export const messageKeys = {
  all: ['messages'] as const,
  inbox: (page: number, size: number, filters: InboxFilters = {}) =>
    [...messageKeys.all, 'inbox', { page, size, ...filters }] as const,
  counters: () => [...messageKeys.all, 'counters'] as const,
  mine: (page: number, size: number) => [...messageKeys.all, 'mine', { page, size }] as const,
  detail: (id: string) => [...messageKeys.all, 'detail', id] as const,
  ofClient: (clientId: string, page: number, size: number) =>
    [...messageKeys.all, 'client', clientId, { page, size }] as const,
  workflow: (id: string) => [...messageKeys.all, 'workflow', id] as const,
  events: (id: string) => [...messageKeys.all, 'events', id] as const,
  nextSlot: (id: string) => [...messageKeys.all, 'next-slot', id] as const,
  kbSearch: (q: string) => [...messageKeys.all, 'kb-search', q] as const,
  referrals: (q: string) => [...messageKeys.all, 'referrals', q] as const,
  plainLanguage: (text: string) => [...messageKeys.all, 'plain-language', text] as const,
  attachmentRules: () => [...messageKeys.all, 'attachment-rules'] as const,
  filteredMail: (page: number, size: number) =>
    [...messageKeys.all, 'filtered-mail', { page, size }] as const,
  filteredMailDetail: (id: string) => [...messageKeys.all, 'filtered-mail', 'detail', id] as const,
};

export const PAGE_SIZE = 20;
