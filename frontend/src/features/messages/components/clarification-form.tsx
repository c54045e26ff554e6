import { useState } from 'react';
import { formatDateTime } from '@/lib/format';
import { useLogClarification } from '../api/clarification-mutation';
import { useNextSlot } from '../api/next-slot-query';
import type { ClarificationRequest, MessageWorkflow } from '../api/types';
import { MutationProblem } from './mutation-problem';

const CHANNELS: Record<string, string> = {
  phone: 'Телефон',
  email: 'Электронная почта',
  sms: 'SMS',
  portal: 'Личный кабинет',
  post: 'Почта',
  visit: 'Личный приём',
};

/** `datetime-local` value (Novosibirsk) to ISO with offset. */
function toIso(local: string): string | undefined {
  return local ? `${local}:00+07:00` : undefined;
}

/** §12: a contact with the client, only in working hours; may pause the work until they reply. */
export function ClarificationForm({ id, workflow }: { id: string; workflow: MessageWorkflow }) {
  const slot = useNextSlot(id);
  const log = useLogClarification(id);
  const [channel, setChannel] = useState<ClarificationRequest['channel']>('phone');
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState('');
  const [contactedAt, setContactedAt] = useState('');
  const waiting = workflow.status === 'awaiting_clarification';
  const [awaitingClient, setAwaiting] = useState(!waiting);

  return (
    <form
      aria-labelledby="clarification-title"
      onSubmit={(event) => {
        event.preventDefault();
        log.mutate({
          channel,
          summary,
          outcome,
          contactedAt: toIso(contactedAt),
          awaitingClient,
          version: workflow.version,
        });
      }}
    >
      <h2 id="clarification-title">Уточнение у клиента (§12)</h2>
      {slot.data && (
        <p className="muted">
          {slot.data.openNow
            ? 'Сейчас рабочее время — можно связаться с клиентом.'
            : `Ближайшее рабочее время: ${slot.data.nextWorkingMoment ? formatDateTime(slot.data.nextWorkingMoment) : '—'}.`}
        </p>
      )}
      <div className="form-field">
        <label className="form-label" htmlFor="clar-channel">
          Канал
        </label>
        <select
          id="clar-channel"
          className="select"
          value={channel}
          onChange={(e) => setChannel(e.target.value as ClarificationRequest['channel'])}
        >
          {Object.entries(CHANNELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label className="form-label" htmlFor="clar-summary">
          Что уточняли
        </label>
        <textarea
          id="clar-summary"
          className="textarea textarea-small"
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
      </div>
      <div className="form-field">
        <label className="form-label" htmlFor="clar-outcome">
          Результат
        </label>
        <textarea
          id="clar-outcome"
          className="textarea textarea-small"
          value={outcome}
          onChange={(e) => setOutcome(e.target.value)}
        />
      </div>
      <div className="form-field">
        <label className="form-label" htmlFor="clar-at">
          Когда (по Новосибирску; пусто — сейчас)
        </label>
        <input
          id="clar-at"
          type="datetime-local"
          className="input"
          value={contactedAt}
          onChange={(e) => setContactedAt(e.target.value)}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={awaitingClient}
          onChange={(e) => setAwaiting(e.target.checked)}
        />{' '}
        Ждём ответа или документов от клиента
      </label>
      <div className="button-row">
        <button type="submit" className="button" disabled={log.isPending}>
          Записать контакт
        </button>
      </div>
      <MutationProblem error={log.error} title="Контакт не записан" />
    </form>
  );
}
