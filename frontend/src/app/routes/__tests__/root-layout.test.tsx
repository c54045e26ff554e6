import { screen, within } from '@testing-library/react';
import { User } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { Roles, setAuthStateForTesting } from '@/lib/auth';
import { renderWithProviders } from '@/testing/test-utils';
import { RootLayout } from '../root-layout';

function loggedInAs(...roles: string[]) {
  const user = new User({
    access_token: 'opaque',
    token_type: 'Bearer',
    profile: { sub: '1', iss: 'x', aud: 'otklik-spa', exp: 0, iat: 0, name: 'Сотрудник' },
    expires_at: Math.floor(Date.now() / 1000) + 600,
  });
  setAuthStateForTesting({ status: 'ready', user, roles });
}

function renderAt(route: string) {
  renderWithProviders(<RootLayout />, { route, path: '/*' });
  return screen.getByRole('navigation', { name: 'Основная навигация' });
}

describe('RootLayout navigation', () => {
  it('gives staff a «Календарь» link, current on the calendar page instead of the inbox', () => {
    loggedInAs('operator');
    const nav = renderAt('/staff/calendar');

    const calendar = within(nav).getByRole('link', { name: 'Календарь' });
    expect(calendar).toHaveAttribute('href', '/staff/calendar');
    expect(calendar).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Входящие' })).not.toHaveAttribute('aria-current');
  });

  it.each([['client'], [Roles.kbEditor]])('shows no calendar link to the role %s', (role) => {
    loggedInAs(role);
    const nav = renderAt('/');

    expect(within(nav).queryByRole('link', { name: 'Календарь' })).not.toBeInTheDocument();
  });

  it('links the notification screens an operator uses', () => {
    loggedInAs('operator');
    const nav = renderAt('/staff/mail');

    expect(within(nav).getByRole('link', { name: 'Уведомления' })).toHaveAttribute(
      'href',
      '/staff/notifications',
    );
    expect(within(nav).getByRole('link', { name: 'Почта к отправке' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Звонки клиентам' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Шаблоны уведомлений' })).toBeInTheDocument();
  });

  it('keeps the mailroom from executors', () => {
    loggedInAs('executor');
    const nav = renderAt('/staff');

    expect(within(nav).queryByRole('link', { name: 'Почта к отправке' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Звонки клиентам' })).toBeInTheDocument();
  });

  it('gives a knowledge-base editor the templates but not the delivery log', () => {
    loggedInAs(Roles.kbEditor);
    const nav = renderAt('/');

    expect(within(nav).getByRole('link', { name: 'Шаблоны уведомлений' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Уведомления' })).not.toBeInTheDocument();
  });
});
