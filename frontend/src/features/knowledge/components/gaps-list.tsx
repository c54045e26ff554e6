import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { useDepartments } from '../api/departments-query';
import { useRefreshGaps, useResolveGap } from '../api/gap-mutations';
import { useGaps } from '../api/gaps-query';
import type { Gap } from '../api/types';
import { capitalize } from '../labels';

const dateTime = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Novosibirsk',
});

/** Where «Создать FAQ» leads: the article editor with the typical question filled in. */
export function faqEditorHref(gap: Gap): string {
  const params = new URLSearchParams({ gap: String(gap.id), question: gap.title ?? '' });
  if (gap.topicCode) params.set('topic', gap.topicCode);
  return `/staff/knowledge/new?${params.toString()}`;
}

type Props = { canResolve: boolean };

/** §35: the questions clients keep asking that the knowledge base does not answer, as candidate FAQ. */
export function GapsList({ canResolve }: Props) {
  const [department, setDepartment] = useState('');
  const gaps = useGaps(department);
  const departments = useDepartments();
  const refresh = useRefreshGaps();

  return (
    <>
      <div className="actions">
        <div>
          <label className="form-label" htmlFor="gaps-department">
            Подразделение
          </label>
          <select
            id="gaps-department"
            className="input"
            value={department}
            onChange={(event) => setDepartment(event.target.value)}
          >
            <option value="">Все подразделения</option>
            {(departments.data ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {capitalize(d.name)}
              </option>
            ))}
          </select>
        </div>
        {canResolve && (
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={refresh.isPending || undefined}
            onClick={() => !refresh.isPending && refresh.mutate()}
          >
            {refresh.isPending ? 'Пересчитываем…' : 'Пересчитать сейчас'}
          </button>
        )}
      </div>
      {refresh.isError && <Alert tone="error">{describeError(refresh.error)}</Alert>}
      {gaps.isPending ? (
        <Loading label="Загружаем пробелы базы знаний…" />
      ) : gaps.isError ? (
        <Alert tone="error">{describeError(gaps.error)}</Alert>
      ) : (
        <>
          <p className="muted">
            Вопросы клиентов за последние {gaps.data.days} дней, на которые в базе знаний нет
            хорошего ответа
            {gaps.data.computedAt
              ? ` (пересчитано ${dateTime.format(new Date(gaps.data.computedAt))})`
              : ''}
            .
          </p>
          {(gaps.data.gaps ?? []).length === 0 ? (
            <p>Пробелов нет: на все недавние вопросы база знаний отвечает.</p>
          ) : (
            <ul className="gap-list" aria-label="Пробелы базы знаний">
              {(gaps.data.gaps ?? []).map((gap) => (
                <GapItem key={gap.id} gap={gap} canResolve={canResolve} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function GapItem({ gap, canResolve }: { gap: Gap; canResolve: boolean }) {
  const resolve = useResolveGap();
  const headingId = `gap-${gap.id}`;
  return (
    <li className="gap" aria-labelledby={headingId}>
      <h2 id={headingId} className="gap-title">
        {gap.title}
      </h2>
      <p className="muted">
        {questions(gap.questionCount ?? 0)}
        {' · '}
        {gap.topicName ?? 'Тема не определена'}
        {gap.departmentName && ` · ${capitalize(gap.departmentName)}`}
      </p>
      <details>
        <summary>Примеры вопросов ({gap.examples?.length ?? 0})</summary>
        <ul>
          {(gap.examples ?? []).map((example) => (
            <li key={example}>{example}</li>
          ))}
        </ul>
      </details>
      {canResolve && (
        <div className="actions">
          <Link className="button" to={faqEditorHref(gap)}>
            Создать FAQ
          </Link>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={resolve.isPending || undefined}
            onClick={() =>
              !resolve.isPending &&
              resolve.mutate({ id: String(gap.id), body: { resolution: 'dismissed' } })
            }
          >
            Отклонить
          </button>
        </div>
      )}
      {resolve.isError && <Alert tone="error">{describeError(resolve.error)}</Alert>}
    </li>
  );
}

/** «1 вопрос», «3 вопроса», «5 вопросов». */
export function questions(n: number): string {
  const tens = n % 100;
  const ones = n % 10;
  const word =
    tens >= 11 && tens <= 14
      ? 'вопросов'
      : ones === 1
        ? 'вопрос'
        : ones >= 2 && ones <= 4
          ? 'вопроса'
          : 'вопросов';
  return `${n} ${word}`;
}
