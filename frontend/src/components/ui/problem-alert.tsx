import { Alert } from './alert';

type Props = {
  title: string;
  detail?: string;
  /** Server messages that belong to no field on the form, listed under the detail. */
  unplaced: readonly string[];
};

/** A refused form submission: the problem's detail plus what could not be shown at a field. */
export function ProblemAlert({ title, detail, unplaced }: Props) {
  return (
    <Alert tone="error" title={title}>
      <p>{detail}</p>
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
