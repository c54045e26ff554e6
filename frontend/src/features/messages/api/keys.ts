export const messageKeys = {
  all: ['messages'] as const,
  inbox: (page: number, size: number) => [...messageKeys.all, 'inbox', { page, size }] as const,
  mine: (page: number, size: number) => [...messageKeys.all, 'mine', { page, size }] as const,
  detail: (id: string) => [...messageKeys.all, 'detail', id] as const,
  attachmentRules: () => [...messageKeys.all, 'attachment-rules'] as const,
};

export const PAGE_SIZE = 20;
