import { ProblemAlert } from '@/components/ui/problem-alert';
import { describeError, ProblemError } from '@/lib/api-client';

/** A refused workflow action: the problem's detail and every field message under it. */
export function MutationProblem({ error, title }: { error: unknown; title: string }) {
  if (!error) return null;
  const unplaced =
    error instanceof ProblemError
      ? error.fieldErrors.map((e) => e.message ?? '').filter((m) => m.length > 0)
      : [];
  const heading =
    error instanceof ProblemError && error.problem.title ? error.problem.title : title;
  return <ProblemAlert title={heading} detail={describeError(error)} unplaced={unplaced} />;
}
