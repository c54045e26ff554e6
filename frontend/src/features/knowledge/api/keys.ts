import type { SearchParams } from './types';

export const knowledgeKeys = {
  all: ['knowledge'] as const,
  search: (params: SearchParams, scope: 'staff' | 'portal') =>
    [...knowledgeKeys.all, 'search', scope, params] as const,
  sections: () => [...knowledgeKeys.all, 'sections'] as const,
  articles: (sectionId: string, page: number) =>
    [...knowledgeKeys.all, 'articles', { sectionId, page }] as const,
  article: (id: string) => [...knowledgeKeys.all, 'article', id] as const,
  versions: (id: string) => [...knowledgeKeys.all, 'versions', id] as const,
  diff: (id: string, from: number, to: number) =>
    [...knowledgeKeys.all, 'diff', id, { from, to }] as const,
  dueReviews: (within: number) => [...knowledgeKeys.all, 'due-reviews', within] as const,
  departments: () => ['departments'] as const,
  gaps: (department: string) => [...knowledgeKeys.all, 'gaps', { department }] as const,
  referrals: (q: string, topic: string) =>
    [...knowledgeKeys.all, 'referrals', { q, topic }] as const,
};
