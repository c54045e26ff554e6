import { useEffect } from 'react';

export const SITE_TITLE = 'Отклик';

/** The page's one `<h1>`; also names the browser tab. Focusable so route changes can move focus to it. */
export function PageHeading({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} — ${SITE_TITLE}`;
  }, [children]);
  return (
    <h1 className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
