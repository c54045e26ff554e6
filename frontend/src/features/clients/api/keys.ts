export const clientKeys = {
  all: ['clients'] as const,
  me: () => [...clientKeys.all, 'me'] as const,
  search: (q: string, page: number, size: number) =>
    [...clientKeys.all, 'search', { q, page, size }] as const,
  detail: (id: string) => [...clientKeys.all, 'detail', id] as const,
};

export const PAGE_SIZE = 20;
