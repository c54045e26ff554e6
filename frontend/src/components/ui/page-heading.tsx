import { useEffect, useRef } from 'react';

export const SITE_TITLE = 'Отклик';

const FOCUS_REQUEST_TTL_MS = 5000;
let focusRequestedAt = 0;

/**
 * After client-side navigation focus belongs on the new page's heading. Pages whose heading
 * appears only once their data has loaded take it when they mount, if nobody moved focus since.
 */
export function requestHeadingFocus(): void {
  focusRequestedAt = Date.now();
}

export function focusHeadingNow(): boolean {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return false;
  focusRequestedAt = 0;
  heading.focus();
  return true;
}

function takeFocusRequest(): boolean {
  const pending = focusRequestedAt > 0 && Date.now() - focusRequestedAt < FOCUS_REQUEST_TTL_MS;
  const active = document.activeElement;
  const focusIsIdle = !active || active === document.body || active.id === 'main';
  if (pending && focusIsIdle) {
    focusRequestedAt = 0;
    return true;
  }
  return false;
}

/** The page's one `<h1>`; also names the browser tab. */
export function PageHeading({ children }: { children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${children} — ${SITE_TITLE}`;
  }, [children]);

  useEffect(() => {
    if (takeFocusRequest()) heading.current?.focus();
  }, []);

  return (
    <h1 ref={heading} className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
