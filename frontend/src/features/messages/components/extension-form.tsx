import { useState } from 'react';
import { useExtendTerm } from '../api/extension-mutation';
import type { MessageWorkflow } from '../api/types';
import { MutationProblem } from './mutation-problem';

/** 59-FZ art. 12 part 2: the answer term is extended once; the client is told why. */
export function ExtensionForm({ id, workflow }: { id: string; workflow: MessageWorkflow }) {
  const extend = useExtendTerm(id);
  const [reason, setReason] = useState('');
  const [newDueDate, setDate] = useState('');
  const [workingDays, setDays] = useState('');
  if (workflow.extendedAt) {
    return (
      <section aria-labelledby="extension-title">
        <h2 id="extension-title">Продление срока</h2>
        <p>Срок уже продлевали; продлить его можно только один раз.</p>
      </section>
    );
  }
  return (
    <form
      aria-labelledby="extension-title"
      onSubmit={(event) => {
        event.preventDefault();
        extend.mutate({
          reason,
          newDueDate: newDueDate || undefined,
          workingDays: workingDays ? Number(workingDays) : undefined,
          version: workflow.version,
        });
      }}
    >
      <h2 id="extension-title">Продление срока</h2>
      <div className="form-field">
        <label className="form-label" htmlFor="ext-reason">
          Причина (её увидит клиент)
        </label>
        <textarea
          id="ext-reason"
          className="textarea textarea-small"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="form-field">
        <label className="form-label" htmlFor="ext-date">
          Новый срок
        </label>
        <input
          id="ext-date"
          type="date"
          className="input"
          value={newDueDate}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <div className="form-field">
        <label className="form-label" htmlFor="ext-days">
          Или на сколько рабочих дней
        </label>
        <input
          id="ext-days"
          type="number"
          min={1}
          max={20}
          className="input"
          value={workingDays}
          onChange={(e) => setDays(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-secondary" disabled={extend.isPending}>
          Продлить срок
        </button>
      </div>
      <MutationProblem error={extend.error} title="Срок не продлён" />
    </form>
  );
}
