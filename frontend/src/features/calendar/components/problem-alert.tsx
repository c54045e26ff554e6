import { Alert } from '@/components/ui/alert';
import type { ProblemFieldError } from '@/lib/api-client';

type Props = {
  title: string;
  detail: string;
  /** Field errors that belong to no form field, shown with the path the server named. */
  errors?: readonly ProblemFieldError[];
};

/** A failed request: the problem's detail and the field errors no input could take. */
export function ProblemAlert({ title, detail, errors = [] }: Props) {
  return (
    <Alert tone="error" title={title}>
      <p>{detail}</p>
      {errors.length > 0 && (
        <ul className="problem-errors">
          {errors.map((error, index) => (
            <li key={`${error.field ?? ''}-${index}`}>
              {error.field && (
                <>
                  <code>{error.field}</code>:{' '}
                </>
              )}
              {error.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
