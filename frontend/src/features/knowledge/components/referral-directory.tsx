import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { describeError, ProblemError } from '@/lib/api-client';
import { useReferrals, useUpdateReferral } from '../api/referrals';
import type { Referral, ReferralLevel } from '../api/types';

export const levelLabels: Record<ReferralLevel, string> = {
  federal: 'Федеральный орган',
  regional: 'Областной орган',
  municipal: 'Местное самоуправление',
  other: 'Иная организация',
};

type Props = { canEdit: boolean };

/** §29: where to refer a caller whose question the department does not decide. */
export function ReferralDirectory({ canEdit }: Props) {
  const [query, setQuery] = useState({ q: '', topic: '' });
  const referrals = useReferrals(query.q, query.topic);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setQuery({
      q: String(form.get('q') ?? '').trim(),
      topic: String(form.get('topic') ?? '').trim(),
    });
  };

  return (
    <>
      <form className="search-form" role="search" onSubmit={submit}>
        <label className="form-label" htmlFor="referral-q">
          Вопрос клиента
        </label>
        <input
          id="referral-q"
          name="q"
          className="input"
          placeholder="например, кадастровый учёт"
        />
        <label className="form-label" htmlFor="referral-topic">
          Код темы
        </label>
        <input
          id="referral-topic"
          name="topic"
          className="input"
          placeholder="например, land.lease"
        />
        <button type="submit" className="button">
          Найти
        </button>
      </form>
      {referrals.isPending ? (
        <Loading label="Загружаем справочник…" />
      ) : referrals.isError ? (
        <Alert tone="error">{describeError(referrals.error)}</Alert>
      ) : referrals.data.length === 0 ? (
        <p>Ничего не найдено. Попробуйте другие слова вопроса.</p>
      ) : (
        <ul className="review-list" aria-label="Органы и организации">
          {referrals.data.map((r) => (
            <ReferralItem key={r.id} referral={r} canEdit={canEdit} />
          ))}
        </ul>
      )}
    </>
  );
}

function ReferralItem({ referral, canEdit }: { referral: Referral; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const headingId = `referral-${referral.id}`;
  return (
    <li aria-labelledby={headingId}>
      <h2 id={headingId} className="gap-title">
        {referral.name}
      </h2>
      <p className="muted">{referral.level ? levelLabels[referral.level] : ''}</p>
      <p>{referral.competence}</p>
      <dl className="referral-contacts">
        {referral.address && (
          <>
            <dt>Адрес</dt>
            <dd>{referral.address}</dd>
          </>
        )}
        {(referral.phones ?? []).length > 0 && (
          <>
            <dt>Телефоны</dt>
            <dd>{referral.phones?.join(', ')}</dd>
          </>
        )}
        {referral.email && (
          <>
            <dt>Почта</dt>
            <dd>{referral.email}</dd>
          </>
        )}
        {referral.website && (
          <>
            <dt>Сайт</dt>
            <dd>{referral.website}</dd>
          </>
        )}
        {referral.notes && (
          <>
            <dt>Примечания</dt>
            <dd>{referral.notes}</dd>
          </>
        )}
      </dl>
      {canEdit &&
        (editing ? (
          <ReferralForm referral={referral} onDone={() => setEditing(false)} />
        ) : (
          <button
            type="button"
            className="button button-secondary"
            aria-label={`Изменить: ${referral.name}`}
            onClick={() => setEditing(true)}
          >
            Изменить
          </button>
        ))}
    </li>
  );
}

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function ReferralForm({ referral, onDone }: { referral: Referral; onDone: () => void }) {
  const update = useUpdateReferral(String(referral.id));
  const [problem, setProblem] = useState<{ detail: string; unplaced: string[] } | null>(null);
  const prefix = `referral-edit-${referral.id}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const optional = (name: string) => (text(name) ? { [name]: text(name) } : {});
    setProblem(null);
    update.mutate(
      {
        name: text('name'),
        level: text('level') as ReferralLevel,
        competence: text('competence'),
        topics: list(text('topics')),
        phones: list(text('phones')),
        ...optional('address'),
        ...optional('email'),
        ...optional('website'),
        ...optional('notes'),
      },
      {
        onSuccess: onDone,
        onError: (error) =>
          setProblem({
            detail: describeError(error),
            unplaced:
              error instanceof ProblemError
                ? error.fieldErrors.map((e) => e.message ?? '').filter(Boolean)
                : [],
          }),
      },
    );
  };

  const field = (name: string, label: string, value: string | undefined, multiline = false) => (
    <>
      <label className="form-label" htmlFor={`${prefix}-${name}`}>
        {label}
      </label>
      {multiline ? (
        <textarea
          id={`${prefix}-${name}`}
          name={name}
          className="input textarea textarea-small"
          defaultValue={value ?? ''}
        />
      ) : (
        <input id={`${prefix}-${name}`} name={name} className="input" defaultValue={value ?? ''} />
      )}
    </>
  );

  return (
    <form
      className="review-form"
      onSubmit={submit}
      noValidate
      aria-label={`Правка: ${referral.name}`}
    >
      {field('name', 'Название', referral.name)}
      <label className="form-label" htmlFor={`${prefix}-level`}>
        Уровень
      </label>
      <select
        id={`${prefix}-level`}
        name="level"
        className="input"
        defaultValue={referral.level ?? 'other'}
      >
        {(Object.keys(levelLabels) as ReferralLevel[]).map((level) => (
          <option key={level} value={level}>
            {levelLabels[level]}
          </option>
        ))}
      </select>
      {field('competence', 'По каким вопросам обращаться', referral.competence, true)}
      {field('topics', 'Коды тем через запятую', (referral.topics ?? []).join(', '))}
      {field('address', 'Адрес', referral.address)}
      {field('phones', 'Телефоны через запятую', (referral.phones ?? []).join(', '))}
      {field('email', 'Почта', referral.email)}
      {field('website', 'Сайт', referral.website)}
      {field('notes', 'Примечания', referral.notes, true)}
      <div className="actions">
        <button type="submit" className="button" aria-disabled={update.isPending || undefined}>
          Сохранить
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          Отмена
        </button>
      </div>
      {problem && (
        <ProblemAlert
          title="Запись не сохранена"
          detail={problem.detail}
          unplaced={problem.unplaced}
        />
      )}
    </form>
  );
}
