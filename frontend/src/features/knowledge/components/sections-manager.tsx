import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { describeError, ProblemError } from '@/lib/api-client';
import { useDepartments } from '../api/departments-query';
import { useSaveSection } from '../api/save-section-mutation';
import { useSections } from '../api/sections-query';
import type { Department, Section } from '../api/types';
import { capitalize } from '../labels';

const cadences = Array.from({ length: 12 }, (_, i) => i + 1);

/** «1 месяц», «3 месяца», «12 месяцев». */
export function months(n: number): string {
  const word = n === 1 ? 'месяц' : n >= 2 && n <= 4 ? 'месяца' : 'месяцев';
  return n === 1 ? 'каждый месяц' : `раз в ${n} ${word}`;
}

/** §32, §33, §35: sections per function, their owning unit and how often each is checked. */
export function SectionsManager() {
  const sections = useSections();
  const departments = useDepartments();
  const [editing, setEditing] = useState<string | null>(null);

  if (sections.isPending || departments.isPending) return <Loading label="Загружаем разделы…" />;
  if (sections.isError) return <Alert tone="error">{describeError(sections.error)}</Alert>;
  if (departments.isError) return <Alert tone="error">{describeError(departments.error)}</Alert>;
  const editable = sections.data.filter((s) => s.editable);

  return (
    <>
      <section aria-labelledby="new-section">
        <h2 id="new-section">Новый раздел</h2>
        <SectionForm departments={departments.data} idPrefix="new" />
      </section>
      <section aria-labelledby="own-sections">
        <h2 id="own-sections">Разделы, которые вы ведёте</h2>
        {editable.length === 0 ? (
          <p>Вы пока не ведёте ни одного раздела.</p>
        ) : (
          <ul className="review-list">
            {editable.map((s) => (
              <li key={s.id}>
                <p>
                  <strong>{s.title}</strong> — {capitalize(s.departmentName)}, актуализация{' '}
                  {months(s.reviewCadenceMonths ?? 1)}
                </p>
                {s.description && <p className="muted">{s.description}</p>}
                {editing === String(s.id) ? (
                  <SectionForm
                    departments={departments.data}
                    section={s}
                    idPrefix={`edit-${s.id}`}
                    onDone={() => setEditing(null)}
                  />
                ) : (
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={`Изменить раздел «${s.title}»`}
                    onClick={() => setEditing(String(s.id))}
                  >
                    Изменить
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

type FormProps = {
  departments: Department[];
  section?: Section;
  idPrefix: string;
  onDone?: () => void;
};

type Errors = Partial<
  Record<'title' | 'departmentCode' | 'reviewCadenceMonths' | 'description', string>
>;

function SectionForm({ departments, section, idPrefix, onDone }: FormProps) {
  const save = useSaveSection(section ? String(section.id) : undefined);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<{ detail: string; unplaced: string[] } | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const title = String(form.get('title') ?? '').trim();
    if (!title) {
      setErrors({ title: 'Укажите название раздела' });
      return;
    }
    setErrors({});
    setProblem(null);
    setSaved(false);
    const description = String(form.get('description') ?? '').trim();
    save.mutate(
      {
        departmentCode: String(form.get('departmentCode')),
        title,
        ...(description ? { description } : {}),
        reviewCadenceMonths: Number(form.get('reviewCadenceMonths')),
      },
      {
        onSuccess: () => {
          setSaved(true);
          if (!section) formElement.reset();
          onDone?.();
        },
        onError: (error) => {
          const fieldErrors: Errors = {};
          const unplaced: string[] = [];
          if (error instanceof ProblemError) {
            for (const { field, message } of error.fieldErrors) {
              if (
                field &&
                field in { title: 1, departmentCode: 1, reviewCadenceMonths: 1, description: 1 }
              ) {
                fieldErrors[field as keyof Errors] = message ?? 'Проверьте значение';
              } else if (message) {
                unplaced.push(message);
              }
            }
          }
          setErrors(fieldErrors);
          setProblem({ detail: describeError(error), unplaced });
        },
      },
    );
  };

  const id = (name: string) => `${idPrefix}-${name}`;
  const invalid = (name: keyof Errors) => ({
    'aria-invalid': Boolean(errors[name]),
    'aria-describedby': errors[name] ? id(`${name}-error`) : undefined,
  });
  const error = (name: keyof Errors) =>
    errors[name] && (
      <p className="form-error" id={id(`${name}-error`)}>
        {errors[name]}
      </p>
    );

  return (
    <form className="review-form" onSubmit={submit} noValidate>
      <label className="form-label" htmlFor={id('title')}>
        Название раздела (функция)
      </label>
      <input
        id={id('title')}
        name="title"
        className="input"
        defaultValue={section?.title ?? ''}
        {...invalid('title')}
      />
      {error('title')}
      <label className="form-label" htmlFor={id('departmentCode')}>
        Подразделение-владелец
      </label>
      <select
        id={id('departmentCode')}
        name="departmentCode"
        className="input"
        defaultValue={section?.departmentCode ?? departments[0]?.code}
        {...invalid('departmentCode')}
      >
        {departments.map((d) => (
          <option key={d.code} value={d.code}>
            {capitalize(d.name)}
          </option>
        ))}
      </select>
      {error('departmentCode')}
      <label className="form-label" htmlFor={id('reviewCadenceMonths')}>
        Как часто актуализировать
      </label>
      <select
        id={id('reviewCadenceMonths')}
        name="reviewCadenceMonths"
        className="input"
        defaultValue={section?.reviewCadenceMonths ?? 1}
        {...invalid('reviewCadenceMonths')}
      >
        {cadences.map((n) => (
          <option key={n} value={n}>
            {capitalize(months(n))}
          </option>
        ))}
      </select>
      {error('reviewCadenceMonths')}
      <label className="form-label" htmlFor={id('description')}>
        Описание
      </label>
      <textarea
        id={id('description')}
        name="description"
        className="input textarea textarea-small"
        defaultValue={section?.description ?? ''}
        {...invalid('description')}
      />
      {error('description')}
      <div className="actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {section ? 'Сохранить раздел' : 'Создать раздел'}
        </button>
        {onDone && section && (
          <button type="button" className="button button-secondary" onClick={onDone}>
            Отмена
          </button>
        )}
      </div>
      {saved && !section && (
        <p role="status" className="muted">
          Раздел создан.
        </p>
      )}
      {problem && (
        <ProblemAlert
          title="Раздел не сохранён"
          detail={problem.detail}
          unplaced={problem.unplaced}
        />
      )}
    </form>
  );
}
