import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError, ProblemError } from '@/lib/api-client';
import { formatShortDateTime } from '@/lib/format';
import { useNotification } from '../api/notification-query';
import { useRerouteNotification } from '../api/reroute-notification-mutation';
import { useRetryNotification } from '../api/retry-notification-mutation';
import type { DeliveryChannel, NotificationView } from '../api/types';
import {
  attemptOutcomeLabels,
  channelLabels,
  CHANNELS,
  label,
  routeLabels,
  statusLabels,
  timelinessLabels,
} from '../labels';

type Props = { id: string; canRepair: boolean; onClose: () => void };

/** One notification: the exact text sent, every attempt, and the repairs staff may make. */
export function NotificationPanel({ id, canRepair, onClose }: Props) {
  const details = useNotification(id);

  return (
    <section className="notice" aria-labelledby={`notification-${id}`}>
      <h2 id={`notification-${id}`}>Уведомление и попытки доставки</h2>
      {details.isPending && <Loading label="Загружаем уведомление…" />}
      {details.isError && (
        <Alert tone="error" title="Не удалось загрузить уведомление">
          {describeError(details.error)}
        </Alert>
      )}
      {details.data?.notification && (
        <>
          <Summary n={details.data.notification} />
          <h3>Текст</h3>
          <p className="message-text">{details.data.text}</p>
          <h3>Попытки</h3>
          {(details.data.attempts ?? []).length === 0 ? (
            <p>Попыток ещё не было.</p>
          ) : (
            <ol className="attempts">
              {(details.data.attempts ?? []).map((a) => (
                <li key={a.attemptNo}>
                  {a.startedAt && formatShortDateTime(a.startedAt)} —{' '}
                  <strong>{attemptOutcomeLabels[a.outcome ?? ''] ?? a.outcome}</strong>
                  {a.detail && <>: {a.detail}</>}
                </li>
              ))}
            </ol>
          )}
          {canRepair && <Repairs n={details.data.notification} />}
        </>
      )}
      <button type="button" className="button button-secondary" onClick={onClose}>
        Закрыть
      </button>
    </section>
  );
}

function Summary({ n }: { n: NotificationView }) {
  return (
    <dl className="details">
      <div>
        <dt>Канал</dt>
        <dd>
          {label(channelLabels, n.channel)} ({routeLabels[n.route ?? ''] ?? n.route}), {n.recipient}
        </dd>
      </div>
      <div>
        <dt>Состояние</dt>
        <dd>
          {label(statusLabels, n.status)}, попыток {n.attempts} из {n.maxAttempts}
          {n.nextAttemptAt && <>, следующая {formatShortDateTime(n.nextAttemptAt)}</>}
        </dd>
      </div>
      {n.status === 'failed' && n.lastError && (
        <div>
          <dt>Причина неудачи</dt>
          <dd className="failure-reason">{n.lastError}</dd>
        </div>
      )}
      {n.dueBy && (
        <div>
          <dt>Срок по Порядку</dt>
          <dd>
            {formatShortDateTime(n.dueBy)}
            {n.timeliness && <> — {timelinessLabels[n.timeliness]}</>}
          </dd>
        </div>
      )}
      {n.sentAt && (
        <div>
          <dt>Передано в канал</dt>
          <dd>{formatShortDateTime(n.sentAt)}</dd>
        </div>
      )}
    </dl>
  );
}

function Repairs({ n }: { n: NotificationView }) {
  const retry = useRetryNotification();
  const reroute = useRerouteNotification();
  const [channel, setChannel] = useState<DeliveryChannel | ''>('');
  const [recipient, setRecipient] = useState('');
  const inProgress = n.status === 'pending' || n.status === 'sending';
  const recipientError =
    reroute.error instanceof ProblemError
      ? reroute.error.fieldErrors.find((f) => f.field?.endsWith('recipient'))?.message
      : undefined;

  const submitReroute = (event: FormEvent) => {
    event.preventDefault();
    if (!channel || !n.id) return;
    reroute.mutate({
      id: n.id,
      body: { channel, recipient: recipient.trim() || undefined },
    });
  };

  return (
    <div className="admin-area">
      <h3>Исправить доставку</h3>
      {n.status === 'failed' && (
        <p>
          <button
            type="button"
            className="button"
            aria-disabled={retry.isPending || undefined}
            onClick={() => n.id && !retry.isPending && retry.mutate(n.id)}
          >
            Повторить доставку
          </button>
        </p>
      )}
      {retry.isSuccess && <Alert tone="success">Уведомление снова ждёт отправки.</Alert>}
      {retry.isError && (
        <Alert tone="error" title="Повторить не удалось">
          {describeError(retry.error)}
        </Alert>
      )}
      {inProgress ? (
        <p className="muted">Перенаправить можно, когда доставка закончится.</p>
      ) : (
        <form onSubmit={submitReroute} aria-label="Отправить другим каналом">
          <div className="form-field">
            <label className="form-label" htmlFor={`reroute-channel-${n.id}`}>
              Другой канал
            </label>
            <select
              id={`reroute-channel-${n.id}`}
              className="select"
              value={channel}
              onChange={(e) => setChannel(e.target.value as DeliveryChannel | '')}
            >
              <option value="">Выберите канал</option>
              {CHANNELS.filter((c) => c !== n.channel).map((c) => (
                <option key={c} value={c}>
                  {channelLabels[c]}
                </option>
              ))}
            </select>
          </div>
          <div className={`form-field${recipientError ? ' form-field-error' : ''}`}>
            <label className="form-label" htmlFor={`reroute-recipient-${n.id}`}>
              Адрес в новом канале
            </label>
            <p className="form-hint" id={`reroute-recipient-hint-${n.id}`}>
              Если пусто — возьмём из контактов клиента
            </p>
            {recipientError && (
              <p className="form-error" id={`reroute-recipient-error-${n.id}`}>
                <span className="visually-hidden">Ошибка: </span>
                {recipientError}
              </p>
            )}
            <input
              id={`reroute-recipient-${n.id}`}
              className="input"
              value={recipient}
              aria-invalid={Boolean(recipientError)}
              aria-describedby={
                recipientError
                  ? `reroute-recipient-error-${n.id} reroute-recipient-hint-${n.id}`
                  : `reroute-recipient-hint-${n.id}`
              }
              onChange={(e) => setRecipient(e.target.value)}
            />
          </div>
          <button
            type="submit"
            className="button button-secondary"
            aria-disabled={!channel || reroute.isPending || undefined}
          >
            Отправить другим каналом
          </button>
          {reroute.isSuccess && (
            <Alert tone="success">
              Новое уведомление поставлено в очередь: {label(channelLabels, reroute.data.channel)},{' '}
              {reroute.data.recipient}.
            </Alert>
          )}
          {reroute.isError && !recipientError && (
            <Alert tone="error" title="Перенаправить не удалось">
              {describeError(reroute.error)}
            </Alert>
          )}
        </form>
      )}
    </div>
  );
}
