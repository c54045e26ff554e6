import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderWithProviders, requestsOf } from '@/testing/test-utils';
import type { GapList, Section } from '../api/types';
import { ArticleEditor } from '../components/article-editor';
import { GapsList, questions } from '../components/gaps-list';

const departments = [
  { code: 'land', name: 'отдел земельных отношений', phones: [] },
  { code: 'revenue', name: 'отдел обеспечения доходов', phones: [] },
];

const list: GapList = {
  computedAt: '2026-11-28T02:30:00+07:00',
  days: 30,
  threshold: 0.3,
  gaps: [
    {
      id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
      topicCode: 'land.placement',
      topicName: 'Земельные участки — Сервитут, размещение объектов',
      departmentCode: 'land',
      departmentName: 'отдел земельных отношений',
      title: 'Можно ли поставить шлагбаум на въезде во двор?',
      questionCount: 3,
      examples: [
        'Можно ли поставить шлагбаум на въезде во двор?',
        'Кто разрешает поставить шлагбаум? Мой телефон [телефон].',
      ],
      bestScore: 0.01,
      status: 'open',
    },
  ],
};

function api(request: Request) {
  const url = new URL(request.url);
  if (url.pathname === '/api/v1/departments') return jsonResponse(departments);
  if (url.pathname.endsWith('/resolve'))
    return jsonResponse({ ...list.gaps![0], status: 'dismissed' });
  return jsonResponse(list);
}

describe('GapsList', () => {
  it('shows each group with its count, unit and examples, and links «Создать FAQ» to a prefilled editor', async () => {
    mockFetch(api);
    renderWithProviders(<GapsList canResolve />, { route: '/staff/knowledge/gaps' });

    const gaps = await screen.findByRole('list', { name: 'Пробелы базы знаний' });
    const [gap] = within(gaps).getAllByRole('listitem', { name: /шлагбаум/ });
    expect(within(gap).getByRole('heading', { name: list.gaps![0].title })).toBeInTheDocument();
    expect(gap).toHaveTextContent('3 вопроса');
    expect(gap).toHaveTextContent('Отдел земельных отношений');
    expect(gap).toHaveTextContent('Мой телефон [телефон].');
    const create = within(gap).getByRole('link', { name: 'Создать FAQ' });
    const href = new URL(create.getAttribute('href')!, 'http://localhost');
    expect(href.pathname).toBe('/staff/knowledge/new');
    expect(href.searchParams.get('question')).toBe(
      'Можно ли поставить шлагбаум на въезде во двор?',
    );
    expect(href.searchParams.get('gap')).toBe(list.gaps![0].id);
    expect(href.searchParams.get('topic')).toBe('land.placement');
  });

  it('dismisses a gap with «Отклонить» and filters by unit', async () => {
    const fetchSpy = mockFetch(api);
    const { user } = renderWithProviders(<GapsList canResolve />, {
      route: '/staff/knowledge/gaps',
    });

    await user.click(await screen.findByRole('button', { name: 'Отклонить' }));
    await waitFor(() => {
      const resolve = requestsOf(fetchSpy).find((r) => r.url.endsWith('/resolve'));
      expect(resolve?.method).toBe('POST');
    });
    const resolve = requestsOf(fetchSpy).find((r) => r.url.endsWith('/resolve'))!;
    expect(new URL(resolve.url).pathname).toBe(
      '/api/v1/knowledge/gaps/cccccccc-cccc-4ccc-8ccc-cccccccccccc/resolve',
    );
    expect(await resolve.json()).toEqual({ resolution: 'dismissed' });

    await user.selectOptions(screen.getByLabelText('Подразделение'), 'revenue');
    await waitFor(() =>
      expect(
        requestsOf(fetchSpy).some(
          (r) => new URL(r.url).searchParams.get('department') === 'revenue',
        ),
      ).toBe(true),
    );
  });

  it('offers no decisions to readers who may not make them', async () => {
    mockFetch(api);
    renderWithProviders(<GapsList canResolve={false} />, { route: '/staff/knowledge/gaps' });
    await screen.findByRole('list', { name: 'Пробелы базы знаний' });
    expect(screen.queryByRole('link', { name: 'Создать FAQ' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Отклонить' })).toBeNull();
  });

  it('says «вопрос», «вопроса», «вопросов» as Russian does', () => {
    expect([1, 2, 5, 11, 21, 24, 112].map(questions)).toEqual([
      '1 вопрос',
      '2 вопроса',
      '5 вопросов',
      '11 вопросов',
      '21 вопрос',
      '24 вопроса',
      '112 вопросов',
    ]);
  });
});

describe('ArticleEditor from a gap', () => {
  it('starts an FAQ with the clients’ question', () => {
    mockFetch(() => jsonResponse({}));
    const sections: Section[] = [
      {
        id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
        departmentCode: 'land',
        title: 'Аренда',
        editable: true,
      },
    ];
    renderWithProviders(
      <ArticleEditor
        sections={sections}
        draft={{
          kind: 'faq',
          question: 'Можно ли поставить шлагбаум?',
          title: 'Можно ли поставить шлагбаум',
        }}
        onSaved={vi.fn()}
      />,
    );
    expect(screen.getByLabelText(/Вопрос/)).toHaveValue('Можно ли поставить шлагбаум?');
    expect(screen.getByLabelText(/Заголовок/)).toHaveValue('Можно ли поставить шлагбаум');
  });
});
