import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, renderWithProviders, requestsOf } from '@/testing/test-utils';
import { KnowledgeSearch } from '../components/knowledge-search';

const departments = [
  { code: 'reception', name: 'приемная', phones: [] },
  { code: 'land', name: 'отдел земельных отношений', phones: [] },
];

const result = {
  query: 'земельного участка',
  hits: [
    {
      id: '11111111-1111-4111-8111-111111111111',
      title: 'Аренда земельного участка без торгов',
      kind: 'faq',
      departmentCode: 'land',
      snippet:
        'Как получить <mark>земельный</mark> <mark>участок</mark> &lt;без&gt; торгов &amp; аукциона?',
      score: 1.23,
    },
    {
      id: '22222222-2222-4222-8222-222222222222',
      title: 'Шаблон: отказ в аренде',
      kind: 'answer_template',
      departmentCode: 'land',
      snippet: '<mark>Участок</mark> уже предоставлен.',
      score: 0.31,
    },
  ],
};

function api(request: Request) {
  const url = new URL(request.url);
  if (url.pathname === '/api/v1/departments') return jsonResponse(departments);
  return jsonResponse(result);
}

describe('KnowledgeSearch', () => {
  it('searches from the box and shows ranked hits with the matches highlighted', async () => {
    const fetchSpy = mockFetch(api);
    const { user, router } = renderWithProviders(
      <KnowledgeSearch scope="staff" articleHref={(id) => `/staff/knowledge/articles/${id}`} />,
      { route: '/staff/knowledge/search' },
    );

    await user.type(screen.getByLabelText('Что найти в базе знаний'), 'земельного участка');
    await user.selectOptions(screen.getByLabelText('Вид материала'), 'faq');
    await user.click(screen.getByRole('button', { name: 'Найти' }));

    const results = await screen.findByRole('list');
    const hits = within(results).getAllByRole('listitem');
    expect(hits).toHaveLength(2);
    expect(
      within(hits[0]).getByRole('link', { name: 'Аренда земельного участка без торгов' }),
    ).toHaveAttribute('href', '/staff/knowledge/articles/11111111-1111-4111-8111-111111111111');
    expect(within(hits[0]).getByText('Частый вопрос с ответом')).toBeInTheDocument();
    const marks = hits[0].querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['земельный', 'участок']);
    expect(hits[0]).toHaveTextContent('Как получить земельный участок <без> торгов & аукциона?');
    expect(hits[0].querySelector('без')).toBeNull();
    expect(within(hits[1]).getByText('Шаблон ответа')).toBeInTheDocument();

    expect(router.state.location.search).toBe(
      '?q=%D0%B7%D0%B5%D0%BC%D0%B5%D0%BB%D1%8C%D0%BD%D0%BE%D0%B3%D0%BE+%D1%83%D1%87%D0%B0%D1%81%D1%82%D0%BA%D0%B0&kind=faq',
    );
    const searches = requestsOf(fetchSpy).filter(
      (r) => new URL(r.url).pathname === '/api/v1/knowledge/search',
    );
    expect(searches).toHaveLength(1);
    const url = new URL(searches[0].url);
    expect(url.searchParams.get('q')).toBe('земельного участка');
    expect(url.searchParams.get('kind')).toBe('faq');
    expect(url.searchParams.has('department')).toBe(false);
  });

  it('runs the search in the address on arrival and says when nothing is found', async () => {
    mockFetch((request) =>
      new URL(request.url).pathname === '/api/v1/knowledge/search'
        ? jsonResponse({ query: 'пастбище', hits: [] })
        : api(request),
    );
    renderWithProviders(<KnowledgeSearch scope="portal" articleHref={(id) => `/faq/${id}`} />, {
      route: '/faq?q=пастбище',
    });

    expect(await screen.findByText(/По запросу «пастбище» ничего не нашлось/)).toBeInTheDocument();
    expect(screen.getByLabelText('Ваш вопрос')).toHaveValue('пастбище');
    expect(screen.queryByLabelText('Вид материала')).not.toBeInTheDocument();
  });

  it('portal search sends no staff filters even when the address has them', async () => {
    const fetchSpy = mockFetch(api);
    renderWithProviders(<KnowledgeSearch scope="portal" articleHref={(id) => `/faq/${id}`} />, {
      route: '/faq?q=аренда&kind=answer_template&department=land',
    });
    await screen.findAllByRole('listitem');
    const search = requestsOf(fetchSpy).find(
      (r) => new URL(r.url).pathname === '/api/v1/knowledge/search',
    );
    const url = new URL(search!.url);
    expect(url.searchParams.get('q')).toBe('аренда');
    expect(url.searchParams.has('kind')).toBe(false);
    expect(url.searchParams.has('department')).toBe(false);
    expect(screen.queryByText('Частый вопрос с ответом')).not.toBeInTheDocument();
  });

  it('shows the problem detail when the search is refused', async () => {
    mockFetch(() =>
      jsonResponse(
        {
          type: '/problems/validation',
          title: 'Запрос содержит ошибки',
          status: 400,
          detail: 'Исправьте отмеченные поля и отправьте запрос ещё раз.',
          errors: [{ field: 'q', message: 'Введите, что искать' }],
        },
        400,
        'application/problem+json',
      ),
    );
    renderWithProviders(<KnowledgeSearch scope="portal" articleHref={(id) => id} />, {
      route: '/faq?q=x',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Исправьте отмеченные поля');
  });
});
