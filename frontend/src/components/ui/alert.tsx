import type { ReactNode } from 'react';

type Props = {
  tone: 'error' | 'info' | 'success';
  title?: string;
  children?: ReactNode;
};

/** A message box; errors are announced at once (`role="alert"`), the rest politely. */
export function Alert({ tone, title, children }: Props) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="alert-title">{title}</p>}
      {children && <div className="alert-body">{children}</div>}
    </div>
  );
}
