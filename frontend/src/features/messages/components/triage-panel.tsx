import { useState } from 'react';
import { abuseLabels } from '../labels';
import { useDecideTriage } from '../api/triage-mutation';
import type { MessageWorkflow, TriageDecision } from '../api/types';
import { MutationProblem } from './mutation-problem';

type Props = { id: string; workflow: MessageWorkflow };

const ABUSE = ['none', 'obscene', 'insult', 'threat'] as const;

type Abuse = TriageDecision['abuse'];

function asAbuse(value: string | null | undefined): Abuse {
  return (ABUSE as readonly string[]).includes(value ?? '') ? (value as Abuse) : 'none';
}

function percent(value: number | undefined) {
  return `${Math.round((value ?? 0) * 100)} %`;
}

/** §7–§9: what the analysers suggest and why; staff confirm in one click or correct. */
export function TriagePanel({ id, workflow }: Props) {
  const s = workflow.suggestion;
  const topics = s?.topics ?? [];
  const suggested: TriageDecision = {
    topicCode: workflow.topicCode ?? topics[0]?.code ?? '',
    urgent: Boolean(workflow.triagedAt ? workflow.urgent : s?.urgency?.urgent),
    abuse: asAbuse(workflow.triagedAt ? workflow.abuse : s?.abuse?.verdict),
    departmentCode: workflow.departmentCode ?? s?.departmentCode ?? '',
  };
  const [decision, setDecision] = useState<TriageDecision>(suggested);
  const decide = useDecideTriage(id);
  const disabled = !workflow.workable || decide.isPending;

  const send = (body: TriageDecision) => decide.mutate({ ...body, version: workflow.version });

  return (
    <section aria-labelledby="triage-title" className="kb-section">
      <h2 id="triage-title">Разбор обращения</h2>
      {workflow.triagedAt ? (
        <p className="muted">
          Разбор подтвердил {workflow.triagedBy}. Тема: {workflow.topicCode}; подразделение:{' '}
          {workflow.departmentCode}; {workflow.urgent ? 'срочное' : 'не срочное'}.
        </p>
      ) : (
        <p className="muted">Разбор ещё не подтверждён.</p>
      )}

      <h3>Темы (§7)</h3>
      {topics.length === 0 ? (
        <p>Подходящих тем не найдено.</p>
      ) : (
        <ol aria-label="Предлагаемые темы">
          {topics.map((t) => (
            <li key={t.code}>
              <strong>{t.need}</strong> ({t.code}, {percent(t.confidence)})
              {t.evidence && t.evidence.length > 0 && (
                <span className="muted"> — по словам: {t.evidence.join(', ')}</span>
              )}
            </li>
          ))}
        </ol>
      )}
      <h3>Срочность (§8)</h3>
      <p>
        {s?.urgency?.urgent ? 'Похоже на срочное' : 'Признаков срочности нет'}
        {s?.urgency?.answerBy && `; ответ полезен до ${s.urgency.answerBy}`}
      </p>
      {s?.urgency?.reasons && s.urgency.reasons.length > 0 && (
        <ul aria-label="Признаки срочности">
          {s.urgency.reasons.map((r, i) => (
            <li key={i}>
              «{r.fragment}» — {r.reason}
            </li>
          ))}
        </ul>
      )}
      <h3>Оскорбления и угрозы (§9)</h3>
      <p>{abuseLabels[s?.abuse?.verdict ?? 'none'] ?? s?.abuse?.verdict}</p>
      {s?.abuse?.fragments && s.abuse.fragments.length > 0 && (
        <ul aria-label="Найденные фрагменты">
          {s.abuse.fragments.map((f, i) => (
            <li key={i}>
              «{f.fragment}» — {f.rule}
            </li>
          ))}
        </ul>
      )}

      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={disabled || !suggested.topicCode || !suggested.departmentCode}
          onClick={() => send(suggested)}
        >
          Подтвердить подсказку
        </button>
      </div>

      <form
        aria-label="Исправить разбор"
        onSubmit={(event) => {
          event.preventDefault();
          send(decision);
        }}
      >
        <div className="form-field">
          <label className="form-label" htmlFor="triage-topic">
            Тема (код)
          </label>
          <input
            id="triage-topic"
            className="input"
            list="triage-topics"
            value={decision.topicCode}
            onChange={(e) => setDecision({ ...decision, topicCode: e.target.value })}
          />
          <datalist id="triage-topics">
            {topics.map((t) => (
              <option key={t.code} value={t.code}>
                {t.need}
              </option>
            ))}
          </datalist>
        </div>
        <div className="form-field">
          <label className="form-label" htmlFor="triage-department">
            Подразделение (код)
          </label>
          <input
            id="triage-department"
            className="input"
            value={decision.departmentCode}
            onChange={(e) => setDecision({ ...decision, departmentCode: e.target.value })}
          />
        </div>
        <div className="form-field">
          <label className="form-label" htmlFor="triage-abuse">
            Оскорбления и угрозы
          </label>
          <select
            id="triage-abuse"
            className="select"
            value={decision.abuse}
            onChange={(e) => setDecision({ ...decision, abuse: asAbuse(e.target.value) })}
          >
            {ABUSE.map((a) => (
              <option key={a} value={a}>
                {abuseLabels[a]}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={decision.urgent}
            onChange={(e) => setDecision({ ...decision, urgent: e.target.checked })}
          />{' '}
          Срочное: ответ не позже пяти рабочих дней
        </label>
        <div className="button-row">
          <button type="submit" className="button button-secondary" disabled={disabled}>
            Сохранить разбор
          </button>
        </div>
      </form>
      <MutationProblem error={decide.error} title="Разбор не сохранён" />
    </section>
  );
}
