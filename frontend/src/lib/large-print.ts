import { useCallback, useEffect, useState } from 'react';

export const LARGE_PRINT_KEY = 'otklik.large-print';
const CLASS_NAME = 'large-print';

export function readLargePrint(): boolean {
  try {
    return window.localStorage.getItem(LARGE_PRINT_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Applies the large-print / high-contrast mode to the whole document. */
export function applyLargePrint(on: boolean): void {
  document.documentElement.classList.toggle(CLASS_NAME, on);
}

/** The «Крупный шрифт и высокий контраст» setting, kept in localStorage across visits. */
export function useLargePrint(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(readLargePrint);

  useEffect(() => {
    applyLargePrint(on);
  }, [on]);

  const set = useCallback((next: boolean) => {
    try {
      if (next) window.localStorage.setItem(LARGE_PRINT_KEY, 'on');
      else window.localStorage.removeItem(LARGE_PRINT_KEY);
    } catch {
      // Storage may be disabled; the mode still applies for this visit.
    }
    setOn(next);
  }, []);

  return [on, set];
}
