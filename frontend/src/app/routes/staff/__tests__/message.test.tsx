import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import { MessageRoute } from '../message';

const messageId = '5f0c2b9e-8a53-4a57-9d0e-0d7c1c7f3a11';
const company = {
  id: '7a1b2c3d-0000-4000-8000-000000000009',
  type: 'legal_entity',
  name: 'ООО «Сибирский участок»',
  inn: '7707083893',
  ogrn: '1027700132195',
};

describe('MessageRoute', () => {
  it('links a message to a company found in the registry and then shows its INN', async () => {
    let linked = false;
    const fetchSpy = mockFetch((request) => {
      const path = new URL(request.url).pathname;
      // the workflow panel below the card is not what this test is about
      if (path.endsWith('/events')) return jsonResponse([]);
      if (path.endsWith('/workflow'))
        return problemResponse({ status: 403, title: 'Недостаточно прав' });
      if (path === '/api/v1/clients')
        return jsonResponse({ items: [company], page: 0, size: 10, totalItems: 1, totalPages: 1 });
      if (request.method === 'PUT') {
        linked = true;
        return jsonResponse(company);
      }
      return jsonResponse({
        id: messageId,
        registrationNumber: '2026-000123',
        status: 'registered',
        name: 'Иванов Иван',
        preferredChannel: 'email',
        text: 'Вопрос',
        client: linked ? company : undefined,
      });
    });
    const { user } = renderWithProviders(<MessageRoute />, {
      route: `/staff/messages/${messageId}`,
      path: '/staff/messages/:id',
    });

    expect(await screen.findByTestId('message-client')).toHaveTextContent('не установлен');
    await user.type(screen.getByLabelText('Найти клиента в реестре'), '7707083893');
    await user.click(screen.getByRole('button', { name: 'Найти' }));
    await user.click(
      await screen.findByRole('button', { name: 'Привязать: ООО «Сибирский участок»' }),
    );

    await waitFor(() =>
      expect(screen.getByTestId('message-client')).toHaveTextContent('ИНН 7707083893'),
    );
    const put = requestsOf(fetchSpy).find((r) => r.method === 'PUT');
    expect(new URL(put!.url).pathname).toBe(`/api/v1/messages/${messageId}/client`);
    expect(await put!.json()).toEqual({ clientId: company.id });
  });
});
