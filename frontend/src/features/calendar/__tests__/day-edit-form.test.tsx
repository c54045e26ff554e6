import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import { DayEditForm } from '../components/day-edit-form';
import { mockCalendarApi, year2025 } from './fixtures';

describe('DayEditForm', () => {
  it('saves a day with its kind and note, starting from the day chosen in the list', async () => {
    const fetchSpy = mockCalendarApi({
      'PUT /api/v1/calendar/days/2025-12-31': () =>
        jsonResponse({ ...year2025, version: 3, calendarVersion: '2025.3' }),
    });
    const { user } = renderWithProviders(
      <DayEditForm initial={{ date: '2025-12-31', kind: 'shortened' }} focusOnMount />,
    );

    const kind = screen.getByLabelText(/Вид дня/);
    await waitFor(() => expect(kind).toHaveFocus());
    await user.selectOptions(kind, 'day_off');
    await user.type(screen.getByLabelText(/Пояснение/), 'Перенос с 4 января');
    await user.click(screen.getByRole('button', { name: 'Сохранить день' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Версия календаря: 2025.3');
    const put = requestsOf(fetchSpy).find((request) => request.method === 'PUT')!;
    expect(await put.json()).toEqual({ kind: 'day_off', note: 'Перенос с 4 января' });
  });

  it('makes a day ordinary again', async () => {
    const fetchSpy = mockCalendarApi({
      'DELETE /api/v1/calendar/days/2025-11-03': () => jsonResponse(year2025),
    });
    const { user } = renderWithProviders(
      <DayEditForm initial={{ date: '2025-11-03', kind: 'day_off' }} />,
    );

    await user.click(screen.getByRole('button', { name: 'Сделать день обычным' }));

    expect(await screen.findByRole('status')).toHaveTextContent('3 ноября 2025 г. — обычный день');
    expect(requestsOf(fetchSpy).map((r) => r.method)).toContain('DELETE');
  });

  it('shows the field error of a refused edit on its field', async () => {
    mockCalendarApi({
      'PUT /api/v1/calendar/days/2031-01-05': () =>
        problemResponse({
          title: 'Запрос содержит ошибки',
          status: 400,
          detail: 'Исправьте отмеченные поля и отправьте запрос ещё раз.',
          errors: [{ field: 'date', message: 'Год 2031 не загружен' }],
        }),
    });
    const { user } = renderWithProviders(
      <DayEditForm initial={{ date: '2031-01-05', kind: 'holiday' }} />,
    );

    await user.click(screen.getByRole('button', { name: 'Сохранить день' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('День не изменён');
    expect(screen.getByLabelText(/Дата/)).toHaveAccessibleDescription(/Год 2031 не загружен/);
  });
});
