import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { useDepartments } from '../api/departments-query';
import { useKnowledgeSearch } from '../api/search-query';
import type { ArticleKind } from '../api/types';
import { capitalize, kindLabel, kindLabels, kinds } from '../labels';
import { HighlightedSnippet } from './highlighted-snippet';

type Props = {
  /** Staff search all published material with filters; the portal searches public FAQ only. */
  scope: 'staff' | 'portal';
  /** Where a hit leads. */
  articleHref: (id: string) => string;
};

/**
 * Search box and ranked results with highlighted fragments (§13, §25). The query lives in the URL
 * (`?q=…&kind=…&department=…`), so a search can be bookmarked and the back button works.
 */
export function KnowledgeSearch({ scope, articleHref }: Props) {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = (params.get('kind') ?? '') as ArticleKind | '';
  const department = params.get('department') ?? '';
  const [draft, setDraft] = useState(q);
  const ids = useId();
  const staff = scope === 'staff';

  const search = useKnowledgeSearch(
    {
      q,
      ...(staff && kind ? { kind } : {}),
      ...(staff && department ? { department } : {}),
    },
    scope,
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    const text = String(form.get('q') ?? '').trim();
    if (text) next.set('q', text);
    for (const name of ['kind', 'department']) {
      const value = String(form.get(name) ?? '');
      if (value) next.set(name, value);
    }
    setParams(next);
  };

  return (
    <section aria-labelledby={`${ids}-heading`} className="knowledge-search">
      <h2 id={`${ids}-heading`} className="visually-hidden">
        Поиск
      </h2>
      <form role="search" onSubmit={submit} className="search-form">
        <div className="form-field">
          <label className="form-label" htmlFor={`${ids}-q`}>
            {staff ? 'Что найти в базе знаний' : 'Ваш вопрос'}
          </label>
          <p className="form-hint" id={`${ids}-q-hint`}>
            Можно писать в любой форме слова, опечатки не помешают.
          </p>
          <input
            id={`${ids}-q`}
            name="q"
            type="search"
            className="input"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            aria-describedby={`${ids}-q-hint`}
            maxLength={300}
          />
        </div>
        {staff && <StaffFilters idPrefix={ids} kind={kind} department={department} />}
        <button type="submit" className="button">
          Найти
        </button>
      </form>

      {q && (
        <div aria-live="polite" aria-busy={search.isFetching || undefined}>
          {search.isPending ? (
            <Loading label="Ищем…" />
          ) : search.isError ? (
            <Alert tone="error" title="Поиск не выполнен">
              {describeError(search.error)}
            </Alert>
          ) : (search.data.hits ?? []).length === 0 ? (
            <p>
              По запросу «{q}» ничего не нашлось. Попробуйте другие слова
              {staff ? ' или уберите фильтры' : ''}.
            </p>
          ) : (
            <>
              <p className="muted">
                Найдено: {search.data.hits?.length}. Лучшие совпадения — первыми.
              </p>
              <ol className="search-results">
                {search.data.hits?.map((hit) => (
                  <li key={hit.id} className="search-hit">
                    <h3 className="search-hit-title">
                      <Link to={articleHref(String(hit.id))}>{hit.title}</Link>
                    </h3>
                    {staff && <p className="search-hit-kind">{kindLabel(hit.kind)}</p>}
                    <p className="search-hit-snippet">
                      <HighlightedSnippet html={hit.snippet} />
                    </p>
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function StaffFilters({
  idPrefix,
  kind,
  department,
}: {
  idPrefix: string;
  kind: string;
  department: string;
}) {
  const departments = useDepartments();
  return (
    <div className="search-filters">
      <div className="form-field">
        <label className="form-label" htmlFor={`${idPrefix}-kind`}>
          Вид материала
        </label>
        <select id={`${idPrefix}-kind`} name="kind" className="input select" defaultValue={kind}>
          <option value="">Все виды</option>
          {kinds.map((value) => (
            <option key={value} value={value}>
              {kindLabels[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label className="form-label" htmlFor={`${idPrefix}-department`}>
          Подразделение
        </label>
        <select
          id={`${idPrefix}-department`}
          name="department"
          className="input select"
          defaultValue={department}
          key={departments.data ? 'loaded' : 'loading'}
        >
          <option value="">Все подразделения</option>
          {(departments.data ?? []).map((d) => (
            <option key={d.code} value={d.code}>
              {capitalize(d.name)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
