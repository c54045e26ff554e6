import { screen, waitFor } from '@testing-library/react';
import { User } from 'oidc-client-ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setAuthStateForTesting, STAFF_ROLES } from '@/lib/auth';
import { renderWithProviders } from '@/testing/test-utils';
import { RequireAuth } from '../components/require-auth';

const login = vi.hoisted(() => vi.fn(() => Promise.resolve()));
vi.mock('@/lib/auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth')>()),
  login,
}));

function loggedInAs(...roles: string[]) {
  const user = new User({
    access_token: 'opaque',
    token_type: 'Bearer',
    profile: { sub: '1', iss: 'x', aud: 'otklik-spa', exp: 0, iat: 0, name: 'Оператор' },
    expires_at: Math.floor(Date.now() / 1000) + 600,
  });
  setAuthStateForTesting({ status: 'ready', user, roles });
}

function renderStaffArea() {
  return renderWithProviders(<RequireAuth roles={STAFF_ROLES} area="Рабочее место" />, {
    route: '/staff?page=2',
    path: '/staff',
  });
}

describe('RequireAuth', () => {
  beforeEach(() => login.mockClear());

  it('sends an anonymous visitor to the login page, to come back to the same address', async () => {
    setAuthStateForTesting({ status: 'ready', user: null, roles: [] });
    renderStaffArea();

    await waitFor(() => expect(login).toHaveBeenCalledWith('/staff?page=2'));
    expect(screen.getByRole('status')).toHaveTextContent('Переходим на страницу входа');
  });

  it('turns away a citizen from the staff workspace', () => {
    loggedInAs('client');
    renderStaffArea();

    expect(screen.getByRole('heading', { name: 'Недостаточно прав' })).toBeInTheDocument();
    expect(login).not.toHaveBeenCalled();
  });

  it('says so when login is unavailable', () => {
    setAuthStateForTesting({ status: 'unavailable', user: null, roles: [] });
    renderStaffArea();

    expect(screen.getByRole('alert')).toHaveTextContent('Вход временно недоступен');
  });

  it('lets staff in', () => {
    loggedInAs('operator');
    renderStaffArea();

    expect(screen.queryByRole('heading', { name: 'Недостаточно прав' })).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(login).not.toHaveBeenCalled();
  });
});
