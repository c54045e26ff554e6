import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { formatShortDateTime } from '@/lib/format';
import { useMessageEvents } from '../api/events-query';
import type { MessageEvent } from '../api/types';
import { eventLabel } from '../labels';

function describe(details: MessageEvent['details']): string {
  if (!details) return '';
  return Object.entries(details)
    .filter(([key]) => key !== 'notifications' && key !== 'notificationId')
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join('; ');
}

/** The story of a message (§4): every step with who took it and when. */
export function MessageStory({ id }: { id: string }) {
  const events = useMessageEvents(id);
  return (
    <section aria-labelledby="story-title">
      <h2 id="story-title">История</h2>
      {events.isPending && <Loading label="Загружаем историю…" />}
      {events.isError && <Alert tone="error">{describeError(events.error)}</Alert>}
      {events.data && (
        <ol className="review-list" aria-label="Шаги истории">
          {events.data.map((e) => (
            <li key={e.id}>
              <strong>{eventLabel(e.kind)}</strong>
              {e.occurredAt && (
                <>
                  {' '}
                  — <time dateTime={e.occurredAt}>{formatShortDateTime(e.occurredAt)}</time>
                </>
              )}
              , {e.actor === 'system' ? 'система' : e.actor}
              {describe(e.details) && <div className="muted">{describe(e.details)}</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
