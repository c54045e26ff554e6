import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/test-utils';
import { api, describeError, ProblemError } from '../api-client';

describe('api client', () => {
  it('throws a ProblemError carrying the problem details', async () => {
    mockFetch(() =>
      jsonResponse(
        {
          type: '/problems/not-found',
          title: 'Не найдено',
          status: 404,
          detail: 'Обращение не найдено',
          instance: '/api/v1/messages/x',
        },
        404,
        'application/problem+json',
      ),
    );

    const error = await api
      .GET('/api/v1/messages/{id}', { params: { path: { id: 'x' } } })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).status).toBe(404);
    expect(describeError(error)).toBe('Обращение не найдено');
  });

  it('turns a non-JSON failure into a Russian problem', async () => {
    mockFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));

    const error = await api.GET('/api/v1/portal/config').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProblemError);
    expect(describeError(error)).toMatch(/Сервис временно недоступен/);
  });

  it('says so when the server cannot be reached', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/Не удалось связаться/);
  });
});
