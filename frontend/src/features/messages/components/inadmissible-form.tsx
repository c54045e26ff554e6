import { useState } from 'react';
import { useDeclareInadmissible } from '../api/inadmissible-mutation';
import type { InadmissibleRequest, MessageWorkflow } from '../api/types';
import { MutationProblem } from './mutation-problem';

const REASONS: Record<InadmissibleRequest['reason'], string> = {
  abuse: 'Оскорбления или нецензурная брань',
  threat: 'Угрозы жизни и здоровью сотрудников',
  no_text: 'Нет текста обращения',
};

/** §9: not considered on the merits; the client gets a notice within one working day. */
export function InadmissibleForm({ id, workflow }: { id: string; workflow: MessageWorkflow }) {
  const declare = useDeclareInadmissible(id);
  const [reason, setReason] = useState<InadmissibleRequest['reason']>(
    workflow.suggestion?.abuse?.verdict === 'threat' ? 'threat' : 'abuse',
  );
  const [comment, setComment] = useState('');
  return (
    <form
      aria-labelledby="inadmissible-title"
      onSubmit={(event) => {
        event.preventDefault();
        declare.mutate({ reason, comment, version: workflow.version });
      }}
    >
      <h2 id="inadmissible-title">Не рассматривать по существу (§9)</h2>
      <div className="form-field">
        <label className="form-label" htmlFor="inadm-reason">
          Причина
        </label>
        <select
          id="inadm-reason"
          className="select"
          value={reason}
          onChange={(e) => setReason(e.target.value as InadmissibleRequest['reason'])}
        >
          {Object.entries(REASONS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label className="form-label" htmlFor="inadm-comment">
          Пояснение для истории
        </label>
        <textarea
          id="inadm-comment"
          className="textarea textarea-small"
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-secondary" disabled={declare.isPending}>
          Отправить уведомление о недопустимости
        </button>
      </div>
      <MutationProblem error={declare.error} title="Не выполнено" />
    </form>
  );
}
