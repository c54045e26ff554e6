import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { setAuthStateForTesting } from '@/lib/auth';

afterEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  document.documentElement.className = '';
  setAuthStateForTesting({ status: 'loading', user: null, roles: [] });
});
