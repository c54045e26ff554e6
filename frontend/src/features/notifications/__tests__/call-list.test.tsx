import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, renderWithProviders, requestsOf } from '@/testing/test-utils';
import { CallList } from '../components/call-list';

const task = {
  id: 'aaaaaaaa-1111-4111-8111-111111111111',
  kind: 'callback_promise',
  clientName: 'Иванова Мария Петровна',
  phone: '+79131234567',
  windows: [{ from: '10:00', to: '12:00' }],
  windowsText: 'рабочие дни, 10:00–12:00',
  script: 'Перезвоним до 2 декабря 2026 года в удобное вам время.',
  state: 'open',
  createdAt: '2026-11-27T10:00:00+07:00',
};

describe('CallList', () => {
  it('shows whom to call, when it suits them and what to say', async () => {
    mockFetch(() => jsonResponse([task]));
    renderWithProviders(<CallList />);

    const item = within(await screen.findByRole('list', { name: 'Звонки клиентам' })).getByRole(
      'listitem',
    );
    expect(within(item).getByRole('link', { name: '+79131234567' })).toHaveAttribute(
      'href',
      'tel:+79131234567',
    );
    expect(within(item).getByText('рабочие дни, 10:00–12:00')).toBeInTheDocument();
    expect(within(item).getByText(/Перезвоним до 2 декабря/)).toBeInTheDocument();
  });

  it('records the outcome with a note and the call leaves the list', async () => {
    let open = [task];
    const fetchSpy = mockFetch((request) => {
      if (request.method === 'POST') {
        open = [];
        return jsonResponse({ ...task, state: 'unreachable', note: 'Не берёт трубку' });
      }
      return jsonResponse(open);
    });
    const { user } = renderWithProviders(<CallList />);

    await user.click(await screen.findByLabelText('Не дозвонились'));
    await user.type(screen.getByLabelText('Заметка'), 'Не берёт трубку');
    await user.click(screen.getByRole('button', { name: /Записать итог/ }));

    expect(await screen.findByText('Звонить сейчас некому.')).toBeInTheDocument();
    const post = requestsOf(fetchSpy).find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/call-tasks/${task.id}/outcome`);
    expect(await post.json()).toEqual({ outcome: 'unreachable', note: 'Не берёт трубку' });
  });

  it('asks for the outcome before sending anything', async () => {
    const fetchSpy = mockFetch(() => jsonResponse([task]));
    const { user } = renderWithProviders(<CallList />);

    await user.click(await screen.findByRole('button', { name: /Записать итог/ }));

    expect(screen.getByText('Выберите итог звонка')).toBeInTheDocument();
    expect(requestsOf(fetchSpy).filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});
