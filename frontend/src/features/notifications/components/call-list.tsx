import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { FormField } from '@/components/ui/form-field';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { formatShortDateTime } from '@/lib/format';
import { useCallTasks } from '../api/call-tasks-query';
import { useCloseCall } from '../api/close-call-mutation';
import type { CallTaskView } from '../api/types';
import { kindLabels, label } from '../labels';

/** «Звонки клиентам»: whom to call, what to say, and when the client said it suits them (§27). */
export function CallList() {
  const calls = useCallTasks('open');

  if (calls.isPending) return <Loading label="Загружаем звонки…" />;
  if (calls.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить звонки">
        {describeError(calls.error)}
      </Alert>
    );
  }
  if (calls.data.length === 0) return <p>Звонить сейчас некому.</p>;

  return (
    <ul className="review-list" aria-label="Звонки клиентам">
      {calls.data.map((task) => (
        <CallItem key={task.id} task={task} />
      ))}
    </ul>
  );
}

function CallItem({ task }: { task: CallTaskView }) {
  const close = useCloseCall();
  const [outcome, setOutcome] = useState<'reached' | 'unreachable' | ''>('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const id = task.id ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome) {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (!close.isPending) close.mutate({ id, body: { outcome, note: note.trim() || undefined } });
  };

  return (
    <li>
      <h2 className="search-hit-title" id={`call-${id}`}>
        {task.clientName}, <a href={`tel:${task.phone}`}>{task.phone}</a>
      </h2>
      <p>
        <strong>Удобное время:</strong> {task.windowsText}
      </p>
      <p className="muted">
        {label(kindLabels, task.kind)} · в списке с{' '}
        {task.createdAt && formatShortDateTime(task.createdAt)}
      </p>
      <p className="message-text">
        <span className="visually-hidden">Что сказать: </span>
        {task.script}
      </p>
      <form onSubmit={submit} aria-labelledby={`call-${id}`}>
        <fieldset className={`form-field${missing ? ' form-field-error' : ''}`}>
          <legend className="form-label">Итог звонка</legend>
          {missing && (
            <p className="form-error">
              <span className="visually-hidden">Ошибка: </span>Выберите итог звонка
            </p>
          )}
          <div className="radio">
            <input
              type="radio"
              id={`reached-${id}`}
              name={`outcome-${id}`}
              checked={outcome === 'reached'}
              onChange={() => setOutcome('reached')}
            />
            <label htmlFor={`reached-${id}`}>Дозвонились и передали</label>
          </div>
          <div className="radio">
            <input
              type="radio"
              id={`unreachable-${id}`}
              name={`outcome-${id}`}
              checked={outcome === 'unreachable'}
              onChange={() => setOutcome('unreachable')}
            />
            <label htmlFor={`unreachable-${id}`}>Не дозвонились</label>
          </div>
        </fieldset>
        <FormField id={`note-${id}`} label="Заметка" hint="Например, когда звонили">
          {(control) => (
            <textarea
              {...control}
              className="textarea textarea-small"
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button" aria-disabled={close.isPending || undefined}>
          Записать итог <span className="visually-hidden">— звонок {task.clientName}</span>
        </button>
      </form>
      {close.isError && (
        <Alert tone="error" title="Не удалось записать итог">
          {describeError(close.error)}
        </Alert>
      )}
    </li>
  );
}
