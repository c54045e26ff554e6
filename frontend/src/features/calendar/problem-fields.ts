import { ProblemError, type ProblemFieldError } from '@/lib/api-client';

/** The last name in a problem's field path: `editDay.edit.note` → `note`, `calendar/@year` → `year`. */
export function lastFieldName(path: string | null | undefined): string {
  return (
    (path ?? '')
      .split(/[.[\]/@]/)
      .filter(Boolean)
      .pop() ?? ''
  );
}

export type PlacedError<F extends string> = { field: F; message: string };

/**
 * Splits a problem's `errors[]` into those that belong to one of the form's fields and the rest,
 * which the form lists in its error summary with the path the server gave.
 */
export function sortFieldErrors<F extends string>(error: unknown, fields: readonly F[]) {
  const placed: PlacedError<F>[] = [];
  const unplaced: ProblemFieldError[] = [];
  if (error instanceof ProblemError) {
    for (const fieldError of error.fieldErrors) {
      const name = lastFieldName(fieldError.field);
      const field = fields.find((candidate) => candidate === name);
      if (field && !placed.some((p) => p.field === field)) {
        placed.push({ field, message: fieldError.message || 'Проверьте значение' });
      } else {
        unplaced.push(fieldError);
      }
    }
  }
  return { placed, unplaced };
}
