import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '@/api/schema';
import { getAccessToken } from './auth';
import { newRequestId } from './request-id';

/** RFC 9457 problem details as the API documents them. */
export type Problem = components['schemas']['Problem'];
export type ProblemFieldError = NonNullable<Problem['errors']>[number];

/** A non-2xx answer from the API, carrying its problem details (in Russian). */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly status: number;
  readonly requestId: string | null;

  constructor(problem: Problem, status: number, requestId: string | null = null) {
    super(problem.detail || problem.title || `Ошибка ${status}`);
    this.name = 'ProblemError';
    this.problem = problem;
    this.status = status;
    this.requestId = requestId;
  }

  get fieldErrors(): ProblemFieldError[] {
    return this.problem.errors ?? [];
  }
}

const statusTitles: Record<number, string> = {
  401: 'Требуется вход',
  403: 'Недостаточно прав',
  404: 'Не найдено',
  429: 'Слишком много запросов',
};

function fallbackProblem(response: Response): Problem {
  const title =
    statusTitles[response.status] ??
    (response.status >= 500 ? 'Сервис временно недоступен' : 'Запрос не выполнен');
  return {
    title,
    status: response.status,
    detail: `${title}. Попробуйте ещё раз позже.`,
  } as Problem;
}

async function readProblem(response: Response): Promise<Problem> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!/json/i.test(contentType)) return fallbackProblem(response);
  try {
    const body: unknown = await response.clone().json();
    if (body && typeof body === 'object') {
      return { ...fallbackProblem(response), ...(body as Problem) };
    }
  } catch {
    // Not JSON after all: fall through to a generic problem.
  }
  return fallbackProblem(response);
}

const requestId: Middleware = {
  onRequest({ request }) {
    if (!request.headers.has('X-Request-Id')) request.headers.set('X-Request-Id', newRequestId());
    return request;
  },
};

const bearerToken: Middleware = {
  async onRequest({ request }) {
    const token = await getAccessToken();
    if (token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
};

/** Turns every non-2xx response into a thrown {@link ProblemError}. */
const problemDetails: Middleware = {
  async onResponse({ request, response }) {
    if (response.ok) return undefined;
    throw new ProblemError(
      await readProblem(response),
      response.status,
      request.headers.get('X-Request-Id'),
    );
  },
};

/** The one typed client for the Otklik API (same origin; Vite proxies `/api` in development). */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  // Resolved per call, so tests can replace globalThis.fetch after the client exists.
  fetch: (request) => globalThis.fetch(request),
  headers: { Accept: 'application/json, application/problem+json' },
});
api.use(requestId, bearerToken, problemDetails);

/** The body of a successful response; the problem middleware has already thrown on errors. */
export function dataOf<T>(result: { data?: T }): T {
  if (result.data === undefined) throw new Error('Сервер вернул пустой ответ');
  return result.data;
}

/** A sentence to show a person for any failure of an API call. */
export function describeError(error: unknown): string {
  if (error instanceof ProblemError) {
    return error.problem.detail || error.problem.title || error.message;
  }
  if (error instanceof TypeError) {
    return 'Не удалось связаться с сервером. Проверьте подключение к интернету и попробуйте ещё раз.';
  }
  return error instanceof Error ? error.message : 'Произошла непредвиденная ошибка.';
}
