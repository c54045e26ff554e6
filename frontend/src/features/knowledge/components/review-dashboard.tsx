import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { useRecordReview } from '../api/record-review-mutation';
import { useDueReviews } from '../api/due-reviews-query';
import { useSections } from '../api/sections-query';
import type { ReviewOutcome } from '../api/types';
import { capitalize, outcomeLabels } from '../labels';

const dateFormat = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

function formatDate(iso: string | undefined): string {
  return iso ? dateFormat.format(new Date(`${iso}T12:00:00`)) : '—';
}

/** §35: which sections each unit must check now, and the form to record the check. */
export function ReviewDashboard() {
  const due = useDueReviews(7);
  const sections = useSections();
  const editable = new Set(
    (sections.data ?? []).filter((s) => s.editable).map((s) => String(s.id)),
  );

  if (due.isPending) return <Loading label="Загружаем сроки актуализации…" />;
  if (due.isError) return <Alert tone="error">{describeError(due.error)}</Alert>;
  const departments = due.data.departments ?? [];
  if (departments.length === 0) {
    return <p>Все разделы актуальны: ни у одного срок не истекает в ближайшие 7 дней.</p>;
  }
  return (
    <>
      <p className="muted">
        Разделы, срок актуализации которых истёк или наступит в ближайшие {due.data.withinDays} дней
        (на {formatDate(due.data.asOf)}).
      </p>
      {departments.map((d) => (
        <section key={d.departmentCode} aria-labelledby={`due-${d.departmentCode}`}>
          <h2 id={`due-${d.departmentCode}`}>
            {capitalize(d.departmentName)}{' '}
            <span className="muted">
              (просрочено: {d.overdue}, скоро срок: {d.dueSoon})
            </span>
          </h2>
          <ul className="review-list">
            {d.sections?.map((s) => (
              <li
                key={s.sectionId}
                className={s.state === 'overdue' ? 'review-overdue' : 'review-soon'}
              >
                <p>
                  <strong>{s.title}</strong> —{' '}
                  {s.state === 'overdue'
                    ? `просрочено на ${s.daysOverdue} дн. (срок ${formatDate(s.dueOn)})`
                    : `срок ${formatDate(s.dueOn)}`}
                  {s.lastReviewedOn && `; последняя проверка ${formatDate(s.lastReviewedOn)}`}
                </p>
                {editable.has(String(s.sectionId)) && (
                  <ReviewForm sectionId={String(s.sectionId)} title={s.title ?? ''} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function ReviewForm({ sectionId, title }: { sectionId: string; title: string }) {
  const record = useRecordReview();
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const notes = String(form.get('notes') ?? '').trim();
    if (!notes) {
      setError('Опишите, что проверено и что изменено');
      return;
    }
    setError(null);
    record.mutate({
      sectionId,
      body: { outcome: String(form.get('outcome')) as ReviewOutcome, notes },
    });
  };
  const notesId = `review-notes-${sectionId}`;
  return (
    <form className="review-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend className="form-label">Отметить актуализацию раздела «{title}»</legend>
        {(Object.keys(outcomeLabels) as ReviewOutcome[]).map((outcome, index) => (
          <div className="radio" key={outcome}>
            <input
              id={`${notesId}-${outcome}`}
              type="radio"
              name="outcome"
              value={outcome}
              defaultChecked={index === 0}
            />
            <label htmlFor={`${notesId}-${outcome}`}>{outcomeLabels[outcome]}</label>
          </div>
        ))}
        <label className="form-label" htmlFor={notesId}>
          Что проверено и что изменено
        </label>
        <textarea
          id={notesId}
          name="notes"
          className="input textarea textarea-small"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${notesId}-error` : undefined}
        />
        {error && (
          <p className="form-error" id={`${notesId}-error`}>
            {error}
          </p>
        )}
        <button type="submit" className="button" aria-disabled={record.isPending || undefined}>
          Записать проверку
        </button>
      </fieldset>
      {record.isError && <Alert tone="error">{describeError(record.error)}</Alert>}
    </form>
  );
}
