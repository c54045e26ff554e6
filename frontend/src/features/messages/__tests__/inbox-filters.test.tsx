import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, renderWithProviders, requestsOf } from '@/testing/test-utils';
import { InboxView } from '../components/inbox-view';

const counters = {
  byStatus: { registered: 2, in_work: 3, closed: 0 },
  overdue: 1,
  dueToday: 4,
  mine: 2,
};
const empty = { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 };

describe('Inbox filters', () => {
  it('shows counters and narrows the inbox by them and by the filter form', async () => {
    const spy = mockFetch((request) =>
      new URL(request.url).pathname === '/api/v1/messages/counters'
        ? jsonResponse(counters)
        : jsonResponse(empty),
    );
    const { user } = renderWithProviders(
      <InboxView page={0} detailHref={(id) => `/staff/messages/${id}`} />,
      {
        route: '/staff',
      },
    );

    const shortcuts = await screen.findByRole('list', { name: 'Счётчики' });
    expect(shortcuts).toHaveTextContent('Просрочено: 1');
    expect(shortcuts).toHaveTextContent('Срок сегодня: 4');
    expect(shortcuts).toHaveTextContent('Мои в работе: 2');
    expect(shortcuts).toHaveTextContent('В работе: 3');
    expect(shortcuts).not.toHaveTextContent('Закрыто');

    await user.click(screen.getByRole('button', { name: 'Просрочено: 1' }));
    await waitFor(() =>
      expect(
        requestsOf(spy).some((r) => new URL(r.url).searchParams.get('overdue') === 'true'),
      ).toBe(true),
    );

    await user.type(screen.getByLabelText('Исполнитель'), 'ivan.executor');
    await user.click(screen.getByRole('checkbox', { name: 'Только срочные' }));
    await user.click(screen.getByRole('button', { name: 'Показать' }));
    await waitFor(() => {
      const last = new URL(requestsOf(spy).at(-1)!.url);
      expect(last.pathname).toBe('/api/v1/messages');
      expect(last.searchParams.get('executor')).toBe('ivan.executor');
      expect(last.searchParams.get('urgent')).toBe('true');
    });
  }, 20_000);
});
