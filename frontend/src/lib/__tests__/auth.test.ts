import { describe, expect, it } from 'vitest';
import { hasAnyRole, rolesOf, safeReturnPath, STAFF_ROLES } from '../auth';

function jwt(payload: object): string {
  const encode = (value: object) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode({ alg: 'RS256' })}.${encode(payload)}.signature`;
}

describe('rolesOf', () => {
  it('reads realm roles and groups from the access token and the profile', () => {
    const user = {
      profile: { sub: '1', iss: 'x', aud: 'y', exp: 0, iat: 0, groups: ['head'] },
      access_token: jwt({ realm_access: { roles: ['operator', 'offline_access'] }, name: 'Ёж' }),
    };
    const roles = rolesOf(user);
    expect(roles).toEqual(expect.arrayContaining(['operator', 'head']));
    expect(hasAnyRole(roles, STAFF_ROLES)).toBe(true);
    expect(hasAnyRole(rolesOf({ ...user, access_token: 'opaque' }), ['client'])).toBe(false);
  });
});

describe('safeReturnPath', () => {
  it.each([
    ['/staff/messages/1?x=1', '/staff/messages/1?x=1'],
    ['//evil.example/', '/'],
    ['https://evil.example/', '/'],
    [undefined, '/'],
  ])('%s → %s', (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });
});
