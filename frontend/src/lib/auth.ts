import { useSyncExternalStore } from 'react';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

/** Realm roles of the Keycloak realm `otklik` that the SPA cares about. */
export const Roles = {
  client: 'client',
  operator: 'operator',
  executor: 'executor',
  head: 'head',
  kbEditor: 'kb_editor',
  admin: 'admin',
} as const;

export type Role = (typeof Roles)[keyof typeof Roles];

export const STAFF_ROLES: readonly Role[] = [
  Roles.operator,
  Roles.executor,
  Roles.head,
  Roles.admin,
];
export const CLIENT_ROLES: readonly Role[] = [Roles.client];
/** Who runs the mailroom and repairs deliveries: retry, re-route, mark letters posted. */
export const MAILROOM_ROLES: readonly Role[] = [Roles.operator, Roles.head, Roles.admin];
/** Staff read the knowledge base; its editors may hold no other staff role. */
export const KNOWLEDGE_ROLES: readonly Role[] = [...STAFF_ROLES, Roles.kbEditor];

export type AuthSettings = { authority: string; clientId: string };

export type AuthState = {
  /** `loading` until the portal config is known and the stored session read; `unavailable` if login cannot work. */
  status: 'loading' | 'ready' | 'unavailable';
  user: User | null;
  roles: readonly string[];
};

type ReturnState = { returnTo?: string };

const initialState: AuthState = { status: 'loading', user: null, roles: [] };

let userManager: UserManager | null = null;
let currentSettings: AuthSettings | null = null;
let state: AuthState = initialState;
const listeners = new Set<() => void>();
const callbacks = new Map<string, Promise<string>>();

function publish(next: AuthState) {
  state = next;
  listeners.forEach((listener) => listener());
}

function publishUser(user: User | null) {
  const live = user && !user.expired ? user : null;
  publish({ status: 'ready', user: live, roles: live ? rolesOf(live) : [] });
}

function decodeJwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function claimRoles(claims: Record<string, unknown>): string[] {
  const realmAccess = claims.realm_access;
  const realmRoles =
    realmAccess && typeof realmAccess === 'object'
      ? stringArray((realmAccess as Record<string, unknown>).roles)
      : [];
  return [...realmRoles, ...stringArray(claims.groups)];
}

/** Realm roles from the ID token profile and the access token (`realm_access.roles`, `groups`). */
export function rolesOf(user: Pick<User, 'profile' | 'access_token'>): string[] {
  const roles = new Set([
    ...claimRoles(user.profile as Record<string, unknown>),
    ...claimRoles(decodeJwtPayload(user.access_token)),
  ]);
  return [...roles];
}

export function hasAnyRole(roles: readonly string[], wanted: readonly string[]): boolean {
  return wanted.some((role) => roles.includes(role));
}

/** Only same-origin paths are accepted as a place to return to after login. */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : '/';
}

/**
 * Configures oidc-client-ts (authorization code flow; PKCE is built in) from the portal config
 * and reads any session kept in sessionStorage.
 */
export function initAuth(settings: AuthSettings): void {
  if (
    currentSettings &&
    currentSettings.authority === settings.authority &&
    currentSettings.clientId === settings.clientId
  ) {
    return;
  }
  currentSettings = settings;
  const origin = window.location.origin;
  const manager = new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
  });
  userManager = manager;
  manager.events.addUserLoaded((user) => publishUser(user));
  manager.events.addUserUnloaded(() => publishUser(null));
  manager.events.addUserSignedOut(() => void manager.removeUser());
  manager.events.addSilentRenewError(() => void manager.removeUser());

  void manager
    .getUser()
    .then(async (user) => {
      if (user?.expired && user.refresh_token) {
        return manager.signinSilent().catch(() => null);
      }
      return user;
    })
    .then(publishUser, () => publishUser(null));
}

/** Login cannot work (the portal config could not be loaded); public pages still do. */
export function markAuthUnavailable(): void {
  if (!userManager) publish({ status: 'unavailable', user: null, roles: [] });
}

function requireManager(): UserManager {
  if (!userManager) throw new Error('Вход временно недоступен: конфигурация не загружена');
  return userManager;
}

export function login(returnTo: string): Promise<void> {
  const state: ReturnState = { returnTo: safeReturnPath(returnTo) };
  return requireManager().signinRedirect({ state });
}

export function logout(): Promise<void> {
  return requireManager().signoutRedirect();
}

/** Completes the redirect from the identity provider once per URL; resolves with the path to go back to. */
export function completeLogin(url: string = window.location.href): Promise<string> {
  let pending = callbacks.get(url);
  if (!pending) {
    pending = requireManager()
      .signinRedirectCallback(url)
      .then((user) => {
        publishUser(user);
        return safeReturnPath((user.state as ReturnState | undefined)?.returnTo);
      });
    callbacks.set(url, pending);
  }
  return pending;
}

/** The bearer token for API calls, if someone is logged in. */
export async function getAccessToken(): Promise<string | undefined> {
  const user = await userManager?.getUser();
  return user && !user.expired ? user.access_token : undefined;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot() {
  return state;
}

export function useAuth(): AuthState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Test seam: put the store into a known state. */
export function setAuthStateForTesting(next: AuthState): void {
  userManager = null;
  currentSettings = null;
  callbacks.clear();
  publish(next);
}
