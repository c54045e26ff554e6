import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import { StatusLookupForm } from '../components/status-lookup-form';
import { SubmissionReceipt } from '../components/submission-receipt';

async function lookUp(
  user: ReturnType<typeof renderWithProviders>['user'],
  number: string,
  code: string,
) {
  await user.type(screen.getByLabelText(/Регистрационный номер/), number);
  await user.type(screen.getByLabelText(/Код доступа/), code);
  await user.click(screen.getByRole('button', { name: 'Проверить статус' }));
}

describe('StatusLookupForm', () => {
  it('shows the status, the term and the history for the right number and code', async () => {
    const fetchSpy = mockFetch(() =>
      jsonResponse({
        registrationNumber: '2026-000123',
        status: 'in_work',
        receivedAt: '2026-11-27T15:00:00+07:00',
        dueAt: '2026-12-28T23:59:59+07:00',
        history: [
          { status: 'registered', at: '2026-11-27T15:00:00+07:00' },
          { status: 'in_work', at: '2026-11-28T10:00:00+07:00' },
        ],
      }),
    );
    const { user } = renderWithProviders(<StatusLookupForm />);
    await lookUp(user, '2026-000123', '7KQ2MX9RTA');

    const result = await screen.findByTestId('status-result');
    expect(result).toHaveTextContent('Обращение № 2026-000123');
    expect(result).toHaveTextContent('В работе');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const request = requestsOf(fetchSpy)[0];
    expect(request.url).not.toContain('7KQ2MX9RTA');
    expect(await request.json()).toEqual({
      registrationNumber: '2026-000123',
      accessCode: '7KQ2MX9RTA',
    });
  });

  it('says the message was not found for a wrong code, and when to retry after too many', async () => {
    let calls = 0;
    mockFetch(() =>
      ++calls === 1
        ? problemResponse({
            type: '/problems/not-found',
            title: 'Не найдено',
            status: 404,
            detail: 'Обращение с таким номером и кодом доступа не найдено.',
          })
        : problemResponse({
            type: '/problems/status-lookup-locked',
            title: 'Слишком много попыток',
            status: 429,
            detail: 'Повторите попытку позже.',
          }),
    );
    const { user } = renderWithProviders(<StatusLookupForm />);
    await lookUp(user, '2026-000123', 'WRONG');
    expect(await screen.findByRole('alert')).toHaveTextContent('Обращение не найдено');

    await user.click(screen.getByRole('button', { name: 'Проверить статус' }));
    expect(await screen.findByText('Слишком много попыток')).toBeInTheDocument();
  });

  it('checks the number’s format before asking the server', async () => {
    const fetchSpy = mockFetch(() => jsonResponse({}));
    const { user } = renderWithProviders(<StatusLookupForm />);
    await lookUp(user, '123', 'CODE');
    expect(screen.getByLabelText(/Регистрационный номер/)).toHaveAccessibleDescription(
      /2026-000123/,
    );
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('SubmissionReceipt', () => {
  it('shows the access code once with a note to keep it', () => {
    renderWithProviders(
      <SubmissionReceipt
        receipt={{
          id: '5b1f0c1e-0000-4000-8000-000000000002',
          registrationNumber: '2026-000124',
          receivedAt: '2026-11-27T15:00:00+07:00',
          dueAt: '2026-12-28T23:59:59+07:00',
          status: 'registered',
          accessCode: '7KQ2MX9RTA',
        }}
        onWriteAnother={() => undefined}
      />,
    );
    expect(screen.getByTestId('access-code')).toHaveTextContent('7KQ2MX9RTA');
    expect(screen.getByTestId('access-code-panel')).toHaveTextContent(/Сохраните номер и код/);
    expect(screen.getByRole('link', { name: '«Проверить статус обращения»' })).toHaveAttribute(
      'href',
      '/status',
    );
  });
});
