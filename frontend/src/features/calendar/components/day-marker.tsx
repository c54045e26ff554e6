import type { DayKind } from '../api/types';
import { dayKinds } from '../labels';

/** The coloured square with the kind's letter, as in the grid; the words stand beside it. */
export function DaySwatch({ kind }: { kind: DayKind | 'weekend' | 'today' }) {
  const text = kind === 'weekend' ? '6' : kind === 'today' ? '15' : dayKinds[kind].marker;
  return (
    <span className={`day-swatch day-${kind}`} aria-hidden="true">
      {text}
    </span>
  );
}
