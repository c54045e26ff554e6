import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import { DeadlineForm } from '../components/deadline-form';
import { mockCalendarApi } from './fixtures';

async function compute(rule: string) {
  const view = renderWithProviders(<DeadlineForm />);
  fireEvent.change(screen.getByLabelText(/Момент отсчёта/), {
    target: { value: '2026-03-13T15:00' },
  });
  await view.user.selectOptions(screen.getByLabelText(/Правило/), rule);
  await view.user.click(screen.getByRole('button', { name: 'Рассчитать срок' }));
  return view;
}

describe('DeadlineForm', () => {
  it('asks the API for the term from a Novosibirsk moment and shows the due date', async () => {
    const fetchSpy = mockCalendarApi({
      'GET /api/v1/calendar/deadline': () =>
        jsonResponse({
          due: '2026-03-20T18:00:00+07:00',
          rule: 'urgent_answer',
          clause: '§8',
          calendarVersion: '2026.1',
          provisional: false,
        }),
    });
    await compute('urgent_answer');

    expect(await screen.findByText('20 марта 2026 г. в 18:00')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Основание: §8');
    expect(screen.queryByText(/срок предварительный/)).not.toBeInTheDocument();

    const url = new URL(requestsOf(fetchSpy)[0].url);
    expect(url.pathname).toBe('/api/v1/calendar/deadline');
    expect(url.searchParams.get('from')).toBe('2026-03-13T15:00:00+07:00');
    expect(url.searchParams.get('rule')).toBe('urgent_answer');
  });

  it('warns that a term counted without the calendar is provisional', async () => {
    mockCalendarApi({
      'GET /api/v1/calendar/deadline': () =>
        jsonResponse({ due: '2031-01-10T18:00:00+07:00', clause: '§8', provisional: true }),
    });
    await compute('urgent_answer');

    expect(await screen.findByText(/Внимание: срок предварительный/)).toBeInTheDocument();
  });

  it('puts a problem on the field it names and shows its detail', async () => {
    mockCalendarApi({
      'GET /api/v1/calendar/deadline': () =>
        problemResponse({
          title: 'Производственный календарь не загружен',
          status: 409,
          detail: 'Загрузите производственный календарь на 2031 год',
          errors: [{ field: 'from', message: 'Момент вне загруженных лет' }],
        }),
    });
    await compute('appeal_answer');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Загрузите производственный календарь на 2031 год',
    );
    expect(screen.getByLabelText(/Момент отсчёта/)).toHaveAccessibleDescription(
      /Момент вне загруженных лет/,
    );
  });
});
