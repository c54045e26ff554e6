import { statusLabel } from '../labels';

export function StatusBadge({ status }: { status: string | null | undefined }) {
  return <span className={`status status-${status ?? 'unknown'}`}>{statusLabel(status)}</span>;
}
