import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderWithProviders, requestsOf } from '@/testing/test-utils';
import { MessageDetails } from '../components/message-details';

const message = {
  id: 'm1',
  registrationNumber: '2026-000321',
  receivedAt: '2026-11-23T11:00:00+07:00',
  dueAt: '2026-12-23T23:59:59+07:00',
  status: 'registered',
  name: 'Петров Сергей Иванович',
  preferredChannel: 'post',
  text: 'Жалоба на отказ.',
  kind: 'complaint',
  intakeChannel: 'paper',
  senderReference: 'исх. № 15 от 20.11.2026',
  acknowledged: true,
  attachments: [
    { id: 'f1', fileName: 'скан.pdf', mediaType: 'application/pdf', size: 2048, sha256: 'ab' },
  ],
  correspondence: [
    {
      id: 'c1',
      channel: 'email',
      receivedAt: '2026-11-25T09:00:00+07:00',
      fromName: 'Петров С. И.',
      fromAddress: 'petrov@example.org',
      subject: 'Re: Обращение № 2026-000321',
      text: 'Прилагаю копию договора.',
      automatic: false,
      attachments: [{ id: 'f2', fileName: 'договор.docx', mediaType: 'x', size: 10, sha256: 'cd' }],
    },
  ],
};

afterEach(() => vi.restoreAllMocks());

describe('MessageDetails', () => {
  it('shows the kind, how it came, its files and the letters that followed', async () => {
    mockFetch(() => jsonResponse(message));
    renderWithProviders(<MessageDetails id="m1" />, { route: '/staff/messages/m1' });

    expect(await screen.findByText('Жалоба')).toBeInTheDocument();
    expect(screen.getByText(/Письмо на бумаге/)).toHaveTextContent('исх. № 15 от 20.11.2026');
    const files = screen.getByRole('list', { name: 'Файлы обращения' });
    expect(within(files).getByRole('button', { name: 'скан.pdf' })).toBeInTheDocument();
    expect(files).toHaveTextContent('2 КБ');

    const letters = screen.getByRole('region', { name: 'Входящая переписка' });
    expect(
      within(letters).getByRole('heading', { name: /Re: Обращение № 2026-000321/ }),
    ).toBeInTheDocument();
    expect(letters).toHaveTextContent('Прилагаю копию договора.');
    expect(within(letters).getByRole('button', { name: 'договор.docx' })).toBeInTheDocument();
  });

  it('downloads a file through the API with the login, not a bare link', async () => {
    const fetchSpy = mockFetch((request) =>
      new URL(request.url).pathname.endsWith('/attachments/f1')
        ? new Response(new Blob(['%PDF']), { headers: { 'Content-Type': 'application/pdf' } })
        : jsonResponse(message),
    );
    const createObjectURL = vi.fn(() => 'blob:scan');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { user } = renderWithProviders(<MessageDetails id="m1" />, {
      route: '/staff/messages/m1',
    });

    await user.click(await screen.findByRole('button', { name: 'скан.pdf' }));

    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    const download = requestsOf(fetchSpy).find((r) => r.url.includes('/attachments/'))!;
    expect(new URL(download.url).pathname).toBe('/api/v1/messages/m1/attachments/f1');
  });
});
