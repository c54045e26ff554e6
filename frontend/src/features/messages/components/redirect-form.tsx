import { useState } from 'react';
import { useRedirectMessage } from '../api/redirect-mutation';
import { useReferrals } from '../api/referrals-query';
import type { MessageWorkflow } from '../api/types';
import { MutationProblem } from './mutation-problem';

/** §11: the message goes to the competent authority picked from the referral directory. */
export function RedirectForm({ id, workflow }: { id: string; workflow: MessageWorkflow }) {
  const [q, setQ] = useState('');
  const referrals = useReferrals(q);
  const [referralId, setReferral] = useState('');
  const [explanation, setExplanation] = useState('');
  const redirect = useRedirectMessage(id);
  return (
    <form
      aria-labelledby="redirect-title"
      onSubmit={(event) => {
        event.preventDefault();
        redirect.mutate({ referralId, explanation, version: workflow.version });
      }}
    >
      <h2 id="redirect-title">Переадресовать (§11)</h2>
      <div className="form-field">
        <label className="form-label" htmlFor="redirect-q">
          Найти орган в справочнике
        </label>
        <input
          id="redirect-q"
          type="search"
          className="input"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <fieldset className="radios">
        <legend>Орган</legend>
        {(referrals.data ?? []).slice(0, 10).map((r) => (
          <label key={r.id} className="radio">
            <input
              type="radio"
              name="referral"
              value={r.id}
              checked={referralId === r.id}
              onChange={() => setReferral(String(r.id))}
            />{' '}
            {r.name}
            {r.competence && <span className="radio-hint"> — {r.competence}</span>}
          </label>
        ))}
      </fieldset>
      <div className="form-field">
        <label className="form-label" htmlFor="redirect-explanation">
          Почему этот орган — простыми словами
        </label>
        <textarea
          id="redirect-explanation"
          className="textarea textarea-small"
          value={explanation}
          onChange={(e) => setExplanation(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-secondary" disabled={redirect.isPending}>
          Переадресовать
        </button>
      </div>
      <MutationProblem error={redirect.error} title="Не переадресовано" />
    </form>
  );
}
