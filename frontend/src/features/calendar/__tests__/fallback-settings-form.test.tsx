import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderWithProviders, requestsOf } from '@/testing/test-utils';
import { FallbackSettingsForm } from '../components/fallback-settings-form';
import { mockCalendarApi } from './fixtures';

describe('FallbackSettingsForm', () => {
  it('warns that deadlines become provisional and switches the fallback on', async () => {
    const fetchSpy = mockCalendarApi({
      'PUT /api/v1/calendar/settings': () =>
        jsonResponse({ fallbackEnabled: true, updatedAt: '2026-11-28T12:00:00+07:00' }),
    });
    const { user } = renderWithProviders(<FallbackSettingsForm />);

    const toggle = await screen.findByRole('checkbox', { name: /только по выходным/ });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/помечаются как предварительные/);

    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Сохранить настройку' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Предварительный расчёт включён');
    const put = requestsOf(fetchSpy).find((request) => request.method === 'PUT')!;
    expect(await put.json()).toEqual({ fallbackEnabled: true });
  });
});
