import type { ReactElement, ReactNode } from 'react';

type ControlProps = {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
};

type Props = {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  /** Renders the input with the ids that tie it to its label, hint and error. */
  children: (control: ControlProps) => ReactElement;
};

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

/** Label, hint, error text and control, tied together with `aria-describedby` and `aria-invalid`. */
export function FormField({ id, label, required, hint, error, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`form-field${error ? ' form-field-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {required && <span className="required-mark"> (обязательно)</span>}
      </label>
      {hint && (
        <p className="form-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && <FieldError id={errorId!}>{error}</FieldError>}
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy(errorId, hintId),
        'aria-required': required || undefined,
      })}
    </div>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="form-error" id={id}>
      <span className="visually-hidden">Ошибка: </span>
      {children}
    </p>
  );
}
