import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, renderWithProviders, requestsOf } from '@/testing/test-utils';
import { InboxTable } from '../components/inbox-table';

const page = {
  items: [
    {
      id: '11111111-1111-4111-8111-111111111111',
      registrationNumber: '2026-000101',
      receivedAt: '2026-11-27T03:15:00Z',
      dueAt: '2026-12-25T11:00:00Z',
      status: 'in_work',
      authorName: 'Иванова Анна Петровна',
      preferredChannel: 'post',
      excerpt: 'Прошу разъяснить порядок…',
    },
    {
      id: '22222222-2222-4222-8222-222222222222',
      registrationNumber: '2026-000102',
      receivedAt: '2026-11-28T10:00:00+07:00',
      dueAt: '2026-12-26T18:00:00+07:00',
      status: 'registered',
      authorName: 'ООО «Сибирь»',
      preferredChannel: 'email',
      excerpt: 'Просим предоставить…',
    },
  ],
  page: 0,
  size: 20,
  totalItems: 21,
  totalPages: 2,
};

describe('InboxTable', () => {
  it('shows a row per message with Russian labels and Novosibirsk times', async () => {
    const fetchSpy = mockFetch(() => jsonResponse(page));
    renderWithProviders(<InboxTable page={0} detailHref={(id) => `/staff/messages/${id}`} />, {
      route: '/staff',
    });

    const table = await screen.findByRole('table', { name: /Входящие обращения/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);

    const first = within(rows[0]);
    expect(first.getByRole('rowheader')).toHaveTextContent('2026-000101');
    expect(first.getByText('27.11.2026, 10:15')).toBeInTheDocument();
    expect(first.getByText('25.12.2026, 18:00')).toBeInTheDocument();
    expect(first.getByText('Иванова Анна Петровна')).toBeInTheDocument();
    expect(first.getByText('Почта России (бумажное письмо)')).toBeInTheDocument();
    expect(first.getByText('В работе')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Зарегистрировано')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Электронная почта')).toBeInTheDocument();

    const [request] = requestsOf(fetchSpy);
    const url = new URL(request.url);
    expect(url.pathname).toBe('/api/v1/messages');
    expect(url.searchParams.get('page')).toBe('0');
    expect(url.searchParams.get('size')).toBe('20');
    expect(screen.getByRole('link', { name: /Следующая страница/ })).toHaveAttribute(
      'href',
      '/staff?page=2',
    );
  });

  it('opens a message from its row', async () => {
    mockFetch(() => jsonResponse(page));
    const { user, router } = renderWithProviders(
      <InboxTable page={0} detailHref={(id) => `/staff/messages/${id}`} />,
      { route: '/staff', otherRoutes: [{ path: '/staff/messages/:id', element: <p>detail</p> }] },
    );

    await user.click(await screen.findByText('ООО «Сибирь»'));

    expect(router.state.location.pathname).toBe(
      '/staff/messages/22222222-2222-4222-8222-222222222222',
    );
  });

  it('shows the problem detail when the inbox cannot be loaded', async () => {
    mockFetch(() =>
      jsonResponse(
        { title: 'Доступ запрещён', status: 403, detail: 'Недостаточно прав для просмотра.' },
        403,
        'application/problem+json',
      ),
    );
    renderWithProviders(<InboxTable page={0} detailHref={(id) => id} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Недостаточно прав для просмотра.');
  });
});
