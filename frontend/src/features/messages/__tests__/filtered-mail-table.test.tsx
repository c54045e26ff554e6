import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import { FilteredMailTable } from '../components/filtered-mail-table';

const robot = {
  id: '11111111-1111-4111-8111-111111111111',
  fromName: 'СНТ «Рассвет»',
  fromAddress: 'info@rassvet.example.org',
  subject: 'Прошу выделить участок',
  receivedAt: '2026-12-03T03:15:00Z',
  reason: 'Массовая рассылка (заголовок Precedence: list): не обращение',
};
const registered = {
  id: '22222222-2222-4222-8222-222222222222',
  fromName: 'Робот',
  fromAddress: 'noreply@example.org',
  subject: 'Автоответ',
  receivedAt: '2026-12-02T03:15:00Z',
  reason: 'Автоматический ответ не на наше письмо (тема автоответа или недоставки)',
  messageId: '33333333-3333-4333-8333-333333333333',
  registeredBy: 'olga.operator',
};
const page = { items: [robot, registered], page: 0, size: 20, totalItems: 2, totalPages: 1 };

function renderTable() {
  return renderWithProviders(
    <FilteredMailTable page={0} messageHref={(id) => `/staff/messages/${id}`} />,
    { route: '/staff/filtered-mail' },
  );
}

describe('FilteredMailTable', () => {
  it('shows sender, subject, Novosibirsk time and the reason of each filtered mail', async () => {
    mockFetch(() => jsonResponse(page));
    renderTable();

    const table = await screen.findByRole('table', { name: /фильтр счёл автоматическими/ });
    const rows = within(table).getAllByRole('row').slice(1);
    const first = within(rows[0]);
    expect(first.getByRole('rowheader')).toHaveTextContent('СНТ «Рассвет»');
    expect(first.getByText('info@rassvet.example.org')).toBeInTheDocument();
    expect(first.getByText('03.12.2026, 10:15')).toBeInTheDocument();
    expect(first.getByText(/Precedence: list/)).toBeInTheDocument();
    expect(within(rows[1]).getByRole('link', { name: 'Обращение' })).toHaveAttribute(
      'href',
      '/staff/messages/33333333-3333-4333-8333-333333333333',
    );
  });

  it('opens a mail and registers it as a message when the filter was wrong', async () => {
    const fetchSpy = mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith('/registration')) {
        return jsonResponse(
          {
            id: '44444444-4444-4444-8444-444444444444',
            registrationNumber: '2026-000777',
            status: 'registered',
          },
          201,
        );
      }
      if (path === `/api/v1/mail/filtered/${robot.id}`) {
        return jsonResponse({
          mail: robot,
          text: 'Просим предоставить участок под водозабор.',
          attachments: ['схема.pdf'],
        });
      }
      return jsonResponse(page);
    });
    const { user } = renderTable();

    await user.click(await screen.findByRole('button', { name: /Открыть письмо «Прошу выделить/ }));
    expect(
      await screen.findByText('Просим предоставить участок под водозабор.'),
    ).toBeInTheDocument();
    expect(screen.getByText('схема.pdf')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Зарегистрировать как обращение' }));

    expect(await screen.findByText('2026-000777')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Открыть обращение' })).toHaveAttribute(
      'href',
      '/staff/messages/44444444-4444-4444-8444-444444444444',
    );
    const post = requestsOf(fetchSpy).find((r) => r.method === 'POST');
    expect(post && new URL(post.url).pathname).toBe(
      `/api/v1/mail/filtered/${robot.id}/registration`,
    );
  });

  it('explains why a mail could not be registered', async () => {
    mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith('/registration')) {
        return problemResponse({
          type: '/problems/mail-not-registrable',
          title: 'Письмо нельзя зарегистрировать',
          status: 409,
          detail: 'В письме нет адреса отправителя: ответить некуда.',
        });
      }
      if (path === `/api/v1/mail/filtered/${robot.id}`) {
        return jsonResponse({ mail: robot, text: 'Текст.', attachments: [] });
      }
      return jsonResponse(page);
    });
    const { user } = renderTable();

    await user.click(await screen.findByRole('button', { name: /Открыть письмо «Прошу выделить/ }));
    await user.click(await screen.findByRole('button', { name: 'Зарегистрировать как обращение' }));

    expect(await screen.findByText('Письмо нельзя зарегистрировать')).toBeInTheDocument();
    expect(screen.getByText(/ответить некуда/)).toBeInTheDocument();
  });
});
