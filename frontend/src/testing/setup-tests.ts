import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setAuthStateForTesting } from '@/lib/auth';

// findBy… waits for the page to settle; a busy machine needs longer than the default second
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  document.documentElement.className = '';
  setAuthStateForTesting({ status: 'loading', user: null, roles: [] });
});
