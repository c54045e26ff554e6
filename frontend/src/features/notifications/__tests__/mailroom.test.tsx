import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import { Mailroom } from '../components/mailroom';

const letters = [
  {
    id: 'aaaaaaaa-1111-4111-8111-111111111111',
    kind: 'answer',
    recipientName: 'Иванова Мария Петровна',
    address: '630099, г. Новосибирск, ул. Советская, д. 5, кв. 12',
    subject: 'Ответ на обращение № 2026-000123',
    state: 'to_print',
    createdAt: '2026-11-27T10:00:00+07:00',
  },
  {
    id: 'bbbbbbbb-2222-4222-8222-222222222222',
    kind: 'primary_response',
    recipientName: 'Петров Пётр Петрович',
    address: '630007, г. Новосибирск, ул. Кирова, д. 3',
    subject: 'Обращение № 2026-000124 зарегистрировано',
    state: 'to_print',
    createdAt: '2026-11-27T11:00:00+07:00',
  },
];

describe('Mailroom', () => {
  it('marks a letter posted with its tracking number and takes it off the queue', async () => {
    let queue = [...letters];
    const fetchSpy = mockFetch((request) => {
      if (request.method === 'POST') {
        queue = queue.filter((l) => !request.url.includes(l.id));
        return jsonResponse({ ...letters[0], state: 'posted', trackingNumber: '63000712345678' });
      }
      return jsonResponse(queue);
    });
    const { user } = renderWithProviders(<Mailroom />);

    const list = await screen.findByRole('list', { name: 'Письма к отправке' });
    const first = within(list).getAllByRole('listitem')[0];
    await user.type(within(first).getByLabelText('Почтовый идентификатор (ШПИ)'), '63000712345678');
    await user.click(within(first).getByRole('button', { name: /Отмечено: отправлено/ }));

    expect(await screen.findByText('Писем к отправке: 1.')).toBeInTheDocument();
    expect(screen.queryByText('Иванова Мария Петровна')).not.toBeInTheDocument();
    const post = requestsOf(fetchSpy).find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/letters/${letters[0].id}/posted`);
    expect(await post.json()).toEqual({ trackingNumber: '63000712345678' });
  });

  it('shows a refused tracking number at its field and keeps the letter', async () => {
    mockFetch((request) =>
      request.method === 'POST'
        ? problemResponse({
            type: '/problems/validation',
            title: 'Запрос содержит ошибки',
            status: 400,
            detail: 'Исправьте отмеченные поля и отправьте запрос ещё раз.',
            errors: [{ field: 'trackingNumber', message: 'Почтовый идентификатор — 14 цифр' }],
          })
        : jsonResponse(letters),
    );
    const { user } = renderWithProviders(<Mailroom />);

    const first = within(
      await screen.findByRole('list', { name: 'Письма к отправке' }),
    ).getAllByRole('listitem')[0];
    await user.type(within(first).getByLabelText('Почтовый идентификатор (ШПИ)'), '123');
    await user.click(within(first).getByRole('button', { name: /Отмечено: отправлено/ }));

    expect(await within(first).findByText('Почтовый идентификатор — 14 цифр')).toBeInTheDocument();
    expect(within(first).getByLabelText('Почтовый идентификатор (ШПИ)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByText('Писем к отправке: 2.')).toBeInTheDocument();
  });

  it('says so when there is nothing to post', async () => {
    mockFetch(() => jsonResponse([]));
    renderWithProviders(<Mailroom />);
    expect(await screen.findByText('Писем к отправке нет.')).toBeInTheDocument();
  });
});
