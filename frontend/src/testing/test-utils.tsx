import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';

type Options = {
  /** Where the memory router starts. */
  route?: string;
  /** Route pattern the element is mounted at (e.g. `/staff/messages/:id`). */
  path?: string;
  /** Extra routes, e.g. a stub for the page a link leads to. */
  otherRoutes?: { path: string; element: ReactElement }[];
};

/** Renders with a fresh QueryClient (no retries) and a memory router. */
export function renderWithProviders(ui: ReactElement, options: Options = {}) {
  const { route = '/', path = route.split('?')[0], otherRoutes = [] } = options;
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter([{ path, element: ui }, ...otherRoutes], {
    initialEntries: [route],
  });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, user, router, queryClient };
}

export function jsonResponse(body: unknown, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType },
  });
}

export function problemResponse(problem: Record<string, unknown>) {
  return jsonResponse(problem, Number(problem.status ?? 400), 'application/problem+json');
}

/** Replaces `globalThis.fetch`; the API client looks it up on every call. Returns the spy. */
export function mockFetch(handler: (request: Request) => Response | Promise<Response>) {
  return vi
    .spyOn(globalThis, 'fetch')
    .mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) =>
      handler(input instanceof Request ? input : new Request(input, init)),
    );
}

/** The requests the spy has seen, as Request objects. */
export function requestsOf(spy: ReturnType<typeof mockFetch>): Request[] {
  return spy.mock.calls.map(([input, init]) =>
    input instanceof Request ? input : new Request(input, init),
  );
}
