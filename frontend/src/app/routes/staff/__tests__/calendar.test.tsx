import { screen, within } from '@testing-library/react';
import { User } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { mockCalendarApi } from '@/features/calendar/__tests__/fixtures';
import { setAuthStateForTesting } from '@/lib/auth';
import { renderWithProviders } from '@/testing/test-utils';
import { CalendarRoute } from '../calendar';

function loggedInAs(...roles: string[]) {
  const user = new User({
    access_token: 'opaque',
    token_type: 'Bearer',
    profile: { sub: '1', iss: 'x', aud: 'otklik-spa', exp: 0, iat: 0, name: 'Сотрудник' },
    expires_at: Math.floor(Date.now() / 1000) + 600,
  });
  setAuthStateForTesting({ status: 'ready', user, roles });
}

/**
 * The page holds twelve month tables: role queries over all of it take seconds in jsdom, so the
 * page is searched by text with a selector, and role and label queries run inside one section.
 */
const button = (name: string) => screen.queryByText(name, { selector: 'button' });

async function renderCalendarPage() {
  mockCalendarApi();
  const view = renderWithProviders(<CalendarRoute />, { route: '/staff/calendar?year=2025' });
  await screen.findByText('Календарь на 2025 год', { selector: 'h2' });
  return view;
}

describe('CalendarRoute', () => {
  it('shows staff the calendar and the term calculator, but no admin controls', async () => {
    loggedInAs('operator', 'head');
    await renderCalendarPage();

    expect(screen.getByText('Производственный календарь', { selector: 'h1' })).toBeVisible();
    expect(button('Рассчитать срок')).toBeInTheDocument();
    expect(await screen.findByText(/Годы без календаря/)).toBeInTheDocument();

    expect(screen.queryByText('Управление календарём')).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Файл календаря/)).not.toBeInTheDocument();
    expect(button('Загрузить год')).not.toBeInTheDocument();
    expect(button('Сохранить день')).not.toBeInTheDocument();
    expect(button('Сохранить настройку')).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/только по выходным/)).not.toBeInTheDocument();
    expect(screen.queryAllByText(/^Изменить/, { selector: 'button' })).toEqual([]);
  });

  it('gives an administrator import, day editing and the fallback switch', async () => {
    loggedInAs('admin');
    const { user } = await renderCalendarPage();

    const admin = screen.getByText('Управление календарём', { selector: 'h2' }).closest('section')!;
    expect(admin).toHaveAccessibleName('Управление календарём');
    expect(within(admin).getByLabelText(/Файл календаря/)).toBeInTheDocument();
    expect(within(admin).getByRole('button', { name: 'Сохранить день' })).toBeInTheDocument();
    expect(
      await within(admin).findByRole('checkbox', { name: /только по выходным/ }),
    ).toBeInTheDocument();

    const row = screen.getByText('суббота, 1 ноября 2025 г.', { selector: 'time' }).closest('tr')!;
    await user.click(
      within(row).getByRole('button', { name: 'Изменить день: суббота, 1 ноября 2025 г.' }),
    );
    expect(within(admin).getByLabelText(/Дата/)).toHaveValue('2025-11-01');
    expect(within(admin).getByLabelText(/Вид дня/)).toHaveValue('working_weekend');
    expect(within(admin).getByLabelText(/Вид дня/)).toHaveFocus();
  });
});
