import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, renderWithProviders, requestsOf } from '@/testing/test-utils';
import { DeliveryLog } from '../components/delivery-log';

const failed = {
  id: 'aaaaaaaa-1111-4111-8111-111111111111',
  groupId: 'aaaaaaaa-0000-4000-8000-000000000000',
  kind: 'primary_response',
  channel: 'email',
  route: 'primary',
  status: 'failed',
  recipientName: 'Иванова Мария Петровна',
  recipient: 'maria@example.org',
  subject: 'Обращение № 2026-000123 зарегистрировано',
  attempts: 3,
  maxAttempts: 3,
  lastError: 'Почтовый сервер отказал окончательно (550): mailbox unavailable',
  dueBy: '2026-03-10T15:00:00+07:00',
  timeliness: 'overdue',
  createdAt: '2026-03-06T15:00:00+07:00',
};

const sent = {
  ...failed,
  id: 'bbbbbbbb-2222-4222-8222-222222222222',
  channel: 'sms',
  status: 'sent',
  recipient: '+79131234567',
  lastError: null,
  timeliness: 'on_time',
  sentAt: '2026-03-06T15:01:00+07:00',
};

const page = { items: [failed, sent], page: 0, size: 20, totalItems: 2, totalPages: 1 };

const details = {
  notification: failed,
  text: 'Здравствуйте, Иванова Мария Петровна!',
  templateVersion: 1,
  attempts: [
    {
      attemptNo: 1,
      startedAt: '2026-03-06T15:00:01+07:00',
      outcome: 'retry',
      detail: 'Почтовый сервер недоступен',
    },
    {
      attemptNo: 2,
      startedAt: '2026-03-06T15:01:01+07:00',
      outcome: 'failed',
      detail: 'Отказ 550',
    },
  ],
};

function api() {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (request.method === 'POST' && url.pathname.endsWith('/retry')) {
      return jsonResponse({ ...failed, status: 'pending', lastError: null });
    }
    if (url.pathname === `/api/v1/notifications/${failed.id}`) return jsonResponse(details);
    return jsonResponse(page);
  });
}

describe('DeliveryLog', () => {
  it('highlights a failed delivery with its reason and the missed §10 term', async () => {
    api();
    renderWithProviders(<DeliveryLog canRepair />);

    const table = await screen.findByRole('table', { name: /Журнал доставки/ });
    const [failedRow, sentRow] = within(table).getAllByRole('row').slice(1);
    expect(failedRow).toHaveClass('row-failed');
    expect(within(failedRow).getByText('Не доставлено')).toBeInTheDocument();
    expect(within(failedRow).getByText(/mailbox unavailable/)).toBeInTheDocument();
    expect(within(failedRow).getByText('Срок прошёл')).toBeInTheDocument();
    expect(within(failedRow).getByText('10.03.2026, 15:00')).toBeInTheDocument();
    expect(sentRow).not.toHaveClass('row-failed');
    expect(within(sentRow).getByText('В срок')).toBeInTheDocument();
  });

  it('shows the attempts and retries a failed delivery through the API', async () => {
    const fetchSpy = api();
    const { user } = renderWithProviders(<DeliveryLog canRepair />);

    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    await user.click(within(rows[1]).getByRole('button', { name: /Подробнее/ }));
    expect(await screen.findByText(/Почтовый сервер недоступен/)).toBeInTheDocument();
    expect(screen.getByText(/Отказ 550/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Повторить доставку' }));

    expect(await screen.findByText('Уведомление снова ждёт отправки.')).toBeInTheDocument();
    const retry = requestsOf(fetchSpy).find((r) => r.method === 'POST');
    expect(new URL(retry!.url).pathname).toBe(`/api/v1/notifications/${failed.id}/retry`);
  });

  it('re-routes to another channel with the address given', async () => {
    const fetchSpy = mockFetch((request) => {
      const url = new URL(request.url);
      if (request.method === 'POST') {
        return jsonResponse(
          {
            ...failed,
            id: 'cccccccc-3333-4333-8333-333333333333',
            channel: 'post',
            status: 'pending',
            recipient: '630099, г. Новосибирск',
          },
          201,
        );
      }
      if (url.pathname === `/api/v1/notifications/${failed.id}`) return jsonResponse(details);
      return jsonResponse(page);
    });
    const { user } = renderWithProviders(<DeliveryLog canRepair />);
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    await user.click(within(rows[1]).getByRole('button', { name: /Подробнее/ }));

    await user.selectOptions(await screen.findByLabelText('Другой канал'), 'post');
    await user.type(screen.getByLabelText('Адрес в новом канале'), '630099, г. Новосибирск');
    await user.click(screen.getByRole('button', { name: 'Отправить другим каналом' }));

    expect(await screen.findByText(/Новое уведомление поставлено в очередь/)).toBeInTheDocument();
    const reroute = requestsOf(fetchSpy).find((r) => r.method === 'POST')!;
    expect(new URL(reroute.url).pathname).toBe(`/api/v1/notifications/${failed.id}/reroute`);
    expect(await reroute.json()).toEqual({ channel: 'post', recipient: '630099, г. Новосибирск' });
  });

  it('hides repairs from those who may not make them', async () => {
    api();
    const { user } = renderWithProviders(<DeliveryLog canRepair={false} />);
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    await user.click(within(rows[1]).getByRole('button', { name: /Подробнее/ }));
    await screen.findByText(/Отказ 550/);

    expect(screen.queryByRole('button', { name: 'Повторить доставку' })).not.toBeInTheDocument();
  });

  it('asks the API for the chosen status, channel, kind and late notices', async () => {
    const fetchSpy = api();
    const { user } = renderWithProviders(<DeliveryLog canRepair initial={{ messageId: 'm-1' }} />);
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Состояние'), 'failed');
    await user.selectOptions(screen.getByLabelText('Канал'), 'email');
    await user.selectOptions(screen.getByLabelText('Вид уведомления'), 'primary_response');
    await user.click(screen.getByLabelText(/Только нарушившие срок/));
    await user.click(screen.getByRole('button', { name: 'Показать' }));

    await screen.findByRole('table');
    const last = new URL(requestsOf(fetchSpy).at(-1)!.url);
    expect(Object.fromEntries(last.searchParams)).toMatchObject({
      messageId: 'm-1',
      status: 'failed',
      channel: 'email',
      kind: 'primary_response',
      late: 'true',
    });
  });
});
