import { screen, within } from '@testing-library/react';
import { User } from 'oidc-client-ts';
import { afterEach, describe, expect, it } from 'vitest';
import { setAuthStateForTesting } from '@/lib/auth';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';
import { HomeRoute } from '../home';

const lineStatus = {
  open: true,
  now: '2026-11-27T10:00:00+07:00',
  nextClosing: '2026-11-27T17:00:00+07:00',
  hours: [{ dayOfWeek: 'FRIDAY', opens: '09:00', closes: '17:00' }],
};

describe('HomeRoute', () => {
  it('keeps the message form the main content, with the consultation line beside it', async () => {
    mockFetch(() => jsonResponse(lineStatus));
    renderWithProviders(<HomeRoute />);

    const panel = screen.getByRole('complementary', { name: 'Консультационная линия' });
    expect(await within(panel).findByText('Сейчас работает')).toBeInTheDocument();
    expect(within(panel).getByText('Открыта до 17:00')).toBeInTheDocument();
    expect(panel).not.toContainElement(screen.getByRole('button', { name: 'Отправить обращение' }));
  });

  it('shows the registration number and due date and moves focus to them', async () => {
    mockFetch((request) =>
      new URL(request.url).pathname === '/api/v1/line/status'
        ? jsonResponse(lineStatus)
        : jsonResponse(
            {
              id: '5f0c2b9e-8a53-4a57-9d0e-0d7c1c7f3a11',
              registrationNumber: '2026-000123',
              receivedAt: '2026-11-28T14:05:00+07:00',
              dueAt: '2026-12-28T11:00:00Z',
              status: 'registered',
            },
            201,
          ),
    );
    const { user } = renderWithProviders(<HomeRoute />);
    expect(screen.getByRole('heading', { level: 1, name: 'Написать обращение' })).toBeVisible();

    await user.type(screen.getByLabelText(/Фамилия, имя, отчество/), 'Иванова Анна');
    await user.click(screen.getByRole('radio', { name: 'SMS' }));
    await user.type(screen.getByLabelText(/Номер телефона/), '+7 913 123-45-67');
    await user.type(screen.getByLabelText(/Текст обращения/), 'Вопрос');
    await user.click(screen.getByRole('button', { name: 'Отправить обращение' }));

    const receipt = await screen.findByRole('region', { name: 'Обращение зарегистрировано' });
    expect(receipt).toHaveFocus();
    expect(receipt).toHaveTextContent('2026-000123');
    expect(receipt).toHaveTextContent('28 декабря 2026 г. в 18:00');
    expect(screen.queryByRole('button', { name: 'Отправить обращение' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Написать ещё одно обращение' }));
    expect(screen.getByLabelText(/Фамилия, имя, отчество/)).toHaveValue('');
  });

  describe('for a logged-in client', () => {
    afterEach(() => setAuthStateForTesting({ status: 'ready', user: null, roles: [] }));

    it('starts the form from the profile: name, contacts and both channels', async () => {
      const user = new User({
        access_token: 'opaque',
        token_type: 'Bearer',
        profile: { sub: 'anna', iss: 'x', aud: 'otklik-spa', exp: 0, iat: 0 },
        expires_at: Math.floor(Date.now() / 1000) + 600,
      });
      setAuthStateForTesting({ status: 'ready', user, roles: ['client'] });
      mockFetch((request) =>
        new URL(request.url).pathname === '/api/v1/clients/me'
          ? jsonResponse({
              id: '5b1f0c1e-0000-4000-8000-000000000001',
              type: 'person',
              name: 'Смирнова Анна Олеговна',
              email: 'anna@example.org',
              phone: '+79131234567',
              preferredChannel: 'portal',
              additionalChannel: 'sms',
            })
          : jsonResponse(lineStatus),
      );
      renderWithProviders(<HomeRoute />);

      expect(await screen.findByLabelText(/Фамилия, имя, отчество/)).toHaveValue(
        'Смирнова Анна Олеговна',
      );
      expect(screen.getByLabelText(/Номер телефона/)).toHaveValue('+79131234567');
      expect(screen.getByRole('radio', { name: 'Личный кабинет на портале' })).toBeChecked();
      expect(screen.getByLabelText(/Продублировать ответ/)).toHaveValue('sms');
    });
  });
});
