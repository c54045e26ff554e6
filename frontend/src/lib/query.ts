import { QueryClient } from '@tanstack/react-query';
import { ProblemError } from './api-client';

/** Client errors (4xx) are answers, not glitches: retry only network failures and 5xx. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ProblemError && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
