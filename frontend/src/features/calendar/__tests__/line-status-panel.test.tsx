import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import { LineStatusPanel } from '../components/line-status-panel';

const hours = [
  { dayOfWeek: 'MONDAY', opens: '09:00', closes: '18:00' },
  { dayOfWeek: 'TUESDAY', opens: '09:00', closes: '18:00' },
  { dayOfWeek: 'WEDNESDAY', opens: '09:00', closes: '18:00' },
  { dayOfWeek: 'THURSDAY', opens: '09:00', closes: '18:00' },
  { dayOfWeek: 'FRIDAY', opens: '09:00', closes: '17:00' },
];

function panel() {
  return screen.getByRole('complementary', { name: 'Консультационная линия' });
}

describe('LineStatusPanel', () => {
  it('says the line is open and until when, in Novosibirsk time', async () => {
    const fetchSpy = mockFetch(() =>
      jsonResponse({
        open: true,
        now: '2026-03-16T10:15:00+07:00',
        nextOpening: '2026-03-17T09:00:00+07:00',
        // 11:00 UTC is 18:00 in Novosibirsk.
        nextClosing: '2026-03-16T11:00:00Z',
        timeZone: 'Asia/Novosibirsk',
        hours,
      }),
    );
    renderWithProviders(<LineStatusPanel />);

    expect(await within(panel()).findByText('Сейчас работает')).toBeInTheDocument();
    expect(within(panel()).getByText('Открыта до 18:00')).toBeInTheDocument();
    expect(within(panel()).queryByText('Сейчас не работает')).not.toBeInTheDocument();
    expect(new URL(requestsOf(fetchSpy)[0].url).pathname).toBe('/api/v1/line/status');
  });

  it('says the line is closed and when it opens, with the weekly hours', async () => {
    mockFetch(() =>
      jsonResponse({
        open: false,
        now: '2026-03-06T19:15:00+07:00',
        nextOpening: '2026-03-10T09:00:00+07:00',
        nextClosing: '2026-03-10T18:00:00+07:00',
        timeZone: 'Asia/Novosibirsk',
        hours,
      }),
    );
    renderWithProviders(<LineStatusPanel />);

    expect(await within(panel()).findByText('Сейчас не работает')).toBeInTheDocument();
    expect(within(panel()).getByText('Откроется во вторник, 10 марта, в 9:00')).toBeInTheDocument();
    expect(within(panel()).queryByText('Сейчас работает')).not.toBeInTheDocument();

    const rows = within(panel())
      .getAllByRole('term')
      .map((term) => `${term.textContent} ${term.nextElementSibling?.textContent}`);
    expect(rows).toEqual([
      'Понедельник — четверг 9:00–18:00',
      'Пятница 9:00–17:00',
      'Суббота, воскресенье не работает',
    ]);
  });

  it('says «tomorrow» when the line opens the next morning', async () => {
    mockFetch(() =>
      jsonResponse({
        open: false,
        now: '2026-03-16T19:00:00+07:00',
        nextOpening: '2026-03-17T09:00:00+07:00',
        hours,
      }),
    );
    renderWithProviders(<LineStatusPanel />);

    expect(await within(panel()).findByText('Откроется завтра в 9:00')).toBeInTheDocument();
  });

  it('keeps quiet about the state when the server cannot tell', async () => {
    mockFetch(() =>
      problemResponse({ title: 'Производственный календарь не загружен', status: 409 }),
    );
    renderWithProviders(<LineStatusPanel />);

    expect(
      await within(panel()).findByText(/Не удалось узнать, работает ли линия сейчас/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Сейчас (не )?работает/)).not.toBeInTheDocument();
  });
});
