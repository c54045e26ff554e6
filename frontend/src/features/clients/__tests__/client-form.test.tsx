import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import { MyProfile } from '../components/my-profile';
import { NewClientForm } from '../components/client-card';

const profile = {
  id: '5b1f0c1e-0000-4000-8000-000000000001',
  type: 'person',
  name: 'Смирнова Анна Олеговна',
  email: 'anna@example.org',
  portalAccount: 'anna-subject',
  preferredChannel: 'portal',
  createdAt: '2026-11-28T10:00:00+07:00',
  updatedAt: '2026-11-28T10:00:00+07:00',
};

describe('MyProfile', () => {
  it('shows the server’s words about a wrong INN and OGRN at the fields', async () => {
    const fetchSpy = mockFetch((request) =>
      request.method === 'GET'
        ? jsonResponse(profile)
        : problemResponse({
            type: '/problems/validation',
            title: 'Запрос содержит ошибки',
            status: 400,
            detail: 'Исправьте отмеченные поля и отправьте запрос ещё раз.',
            errors: [
              {
                field: 'inn',
                message:
                  'ИНН не прошёл проверку контрольных цифр: проверьте, не перепутана ли цифра',
              },
              {
                field: 'ogrn',
                message: 'ОГРН — 13 цифр у организации или ОГРНИП — 15 цифр у предпринимателя',
              },
            ],
          }),
    );
    const { user } = renderWithProviders(<MyProfile />);

    await user.selectOptions(await screen.findByLabelText(/Кто вы/), 'legal_entity');
    await user.type(screen.getByLabelText(/^ИНН/), '7707083894');
    await user.type(screen.getByLabelText(/ОГРН или ОГРНИП/), '12345');
    await user.click(screen.getByRole('button', { name: 'Сохранить профиль' }));

    const inn = await screen.findByLabelText(/^ИНН/);
    await waitFor(() => expect(inn).toHaveAttribute('aria-invalid', 'true'));
    expect(inn).toHaveAccessibleDescription(/ИНН не прошёл проверку контрольных цифр/);
    expect(screen.getByLabelText(/ОГРН или ОГРНИП/)).toHaveAccessibleDescription(/13 цифр/);
    expect(inn).toHaveFocus();

    const put = requestsOf(fetchSpy).find((r) => r.method === 'PUT');
    const body = await put!.json();
    expect(body).toMatchObject({ type: 'legal_entity', inn: '7707083894', ogrn: '12345' });
    expect(body).not.toHaveProperty('portalAccount');
  });

  it('does not let a portal client declare themselves a staff member', async () => {
    mockFetch(() => jsonResponse(profile));
    renderWithProviders(<MyProfile />);

    const type = await screen.findByLabelText(/Кто вы/);
    expect(screen.queryByRole('option', { name: 'Сотрудник департамента' })).toBeNull();
    expect(type).toHaveValue('person');
    expect(screen.queryByLabelText(/^ИНН/)).toBeNull();
  });
});

describe('NewClientForm', () => {
  it('asks for the unit of an internal client and sends the card', async () => {
    const fetchSpy = mockFetch(() => jsonResponse({ ...profile, type: 'internal' }, 201));
    const { user } = renderWithProviders(<NewClientForm onCreated={() => undefined} />);

    await user.selectOptions(screen.getByLabelText(/Кто вы/), 'internal');
    await user.type(screen.getByLabelText(/ФИО/), 'Кузнецов Пётр');
    await user.type(screen.getByLabelText(/Подразделение/), 'Отдел бухгалтерского учёта');
    await user.type(screen.getByLabelText(/Адрес электронной почты/), 'petr@example.org');
    await user.selectOptions(screen.getByLabelText(/Как сообщать ответы/), 'email');
    await user.click(screen.getByRole('button', { name: 'Зарегистрировать клиента' }));

    await waitFor(() => expect(fetchSpy).toHaveBeenCalled());
    const post = requestsOf(fetchSpy)[0];
    expect(post.method).toBe('POST');
    expect(await post.json()).toMatchObject({
      type: 'internal',
      name: 'Кузнецов Пётр',
      unitName: 'Отдел бухгалтерского учёта',
      preferredChannel: 'email',
    });
  });
});
