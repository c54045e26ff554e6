import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { FormField } from '@/components/ui/form-field';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { describeError, ProblemError } from '@/lib/api-client';
import { formatShortDateTime } from '@/lib/format';
import { useDepartments } from '../api/departments-query';
import { useSaveTemplate } from '../api/save-template-mutation';
import { useTemplatePreview } from '../api/template-preview-query';
import { useTemplates } from '../api/templates-query';
import type { TemplateDraft, TemplateFinding, TemplateView } from '../api/types';
import { kindLabels, label } from '../labels';

type Props = {
  /** Administrators may hand a template to another unit. */
  isAdmin: boolean;
  /** Milliseconds to wait after typing before the preview is asked for. */
  previewDelay?: number;
};

/** «Шаблоны уведомлений»: the wording of every notice, by kind, with its owner (§13). */
export function TemplateEditor({ isAdmin, previewDelay = 500 }: Props) {
  const templates = useTemplates();
  const [selected, setSelected] = useState<string | null>(null);

  if (templates.isPending) return <Loading label="Загружаем шаблоны…" />;
  if (templates.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить шаблоны">
        {describeError(templates.error)}
      </Alert>
    );
  }
  const current = templates.data.find((t) => t.kind === selected);

  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Шаблоны уведомлений по видам</caption>
          <thead>
            <tr>
              <th scope="col">Вид уведомления</th>
              <th scope="col">Тема</th>
              <th scope="col">Ведёт</th>
              <th scope="col">Версия</th>
              <th scope="col">
                <span className="visually-hidden">Действия</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.data.map((t) => (
              <tr key={t.kind}>
                <th scope="row">{label(kindLabels, t.kind)}</th>
                <td>{t.subject}</td>
                <td>{t.ownerDepartmentName}</td>
                <td className="nowrap">
                  {t.version}
                  {(t.findings ?? []).length > 0 && (
                    <span className="badge badge-warning">
                      замечаний: {(t.findings ?? []).length}
                    </span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="button-link"
                    aria-expanded={selected === t.kind}
                    onClick={() => setSelected(t.kind ?? null)}
                  >
                    {t.editable ? 'Изменить' : 'Посмотреть'}{' '}
                    <span className="visually-hidden">— {label(kindLabels, t.kind)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {current && (
        <TemplateForm
          key={`${current.kind}-${current.version}`}
          template={current}
          isAdmin={isAdmin}
          previewDelay={previewDelay}
        />
      )}
    </>
  );
}

type Values = { subject: string; body: string; shortBody: string; ownerDepartment: string };
const FIELDS = ['subject', 'body', 'shortBody', 'ownerDepartment'] as const;
type Field = (typeof FIELDS)[number];

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

function TemplateForm({
  template,
  isAdmin,
  previewDelay,
}: {
  template: TemplateView;
  isAdmin: boolean;
  previewDelay: number;
}) {
  const save = useSaveTemplate();
  const departments = useDepartments(isAdmin);
  const [problem, setProblem] = useState<{ title: string; detail?: string; unplaced: string[] }>();
  const readOnly = !template.editable;
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors },
  } = useForm<Values>({
    defaultValues: {
      subject: template.subject ?? '',
      body: template.body ?? '',
      shortBody: template.shortBody ?? '',
      ownerDepartment: template.ownerDepartment ?? '',
    },
  });
  const [subject, body, shortBody] = useWatch({ control, name: ['subject', 'body', 'shortBody'] });
  const draft = useDebounced<TemplateDraft>({ subject, body, shortBody }, previewDelay);
  const preview = useTemplatePreview(template.kind!, draft);
  const previewErrors = preview.error instanceof ProblemError ? preview.error.fieldErrors : [];
  const findings = save.data?.findings ?? preview.data?.findings ?? template.findings ?? [];

  const onSubmit = (values: Values) => {
    setProblem(undefined);
    const body: TemplateDraft = {
      subject: values.subject,
      body: values.body,
      shortBody: values.shortBody,
    };
    if (isAdmin && values.ownerDepartment && values.ownerDepartment !== template.ownerDepartment) {
      body.ownerDepartment = values.ownerDepartment;
    }
    save.mutate(
      { kind: template.kind!, body },
      {
        onError: (error) => {
          const unplaced: string[] = [];
          if (error instanceof ProblemError) {
            for (const { field, message } of error.fieldErrors) {
              const target = FIELDS.find((f) => f === field);
              if (target) setError(target, { type: 'server', message: message ?? 'Проверьте' });
              else if (message) unplaced.push(message);
            }
            setProblem({
              title: error.problem.title ?? 'Шаблон не сохранён',
              detail: error.problem.detail,
              unplaced,
            });
          } else {
            setProblem({ title: 'Шаблон не сохранён', detail: describeError(error), unplaced });
          }
        },
      },
    );
  };

  const fieldError = (field: Field) =>
    errors[field]?.message ?? previewErrors.find((e) => e.field === field)?.message;

  return (
    <section aria-labelledby="template-form-title" className="editor-grid">
      <div>
        <h2 id="template-form-title">{label(kindLabels, template.kind)}</h2>
        <p className="muted">
          Версия {template.version} от{' '}
          {template.createdAt && formatShortDateTime(template.createdAt)}, {template.createdBy}.
          Ведёт: {template.ownerDepartmentName}.
        </p>
        {readOnly && (
          <Alert tone="info">
            Этот шаблон ведёт {template.ownerDepartmentName}: изменить его могут редакторы базы
            знаний этого подразделения и администратор.
          </Alert>
        )}
        {problem && (
          <ProblemAlert title={problem.title} detail={problem.detail} unplaced={problem.unplaced} />
        )}
        {save.isSuccess && (
          <Alert tone="success" title={`Сохранена версия ${save.data.version}`}>
            {(save.data.findings ?? []).length > 0
              ? 'Есть советы, как сделать текст проще, — они ниже.'
              : 'Замечаний нет.'}
          </Alert>
        )}
        <PlaceholderHelp template={template} />
        <form onSubmit={handleSubmit(onSubmit)} noValidate>
          <FormField id="template-subject" label="Тема" required error={fieldError('subject')}>
            {(c) => (
              <input
                {...c}
                className="input"
                readOnly={readOnly}
                {...register('subject', { required: 'Укажите тему' })}
              />
            )}
          </FormField>
          <FormField
            id="template-body"
            label="Полный текст"
            hint="Письмо, личный кабинет, бумажное письмо"
            required
            error={fieldError('body')}
          >
            {(c) => (
              <textarea
                {...c}
                className="textarea editor-textarea"
                rows={10}
                readOnly={readOnly}
                {...register('body', { required: 'Напишите текст' })}
              />
            )}
          </FormField>
          <FormField
            id="template-short"
            label="Короткий текст"
            hint="SMS и что сказать по телефону"
            required
            error={fieldError('shortBody')}
          >
            {(c) => (
              <textarea
                {...c}
                className="textarea textarea-small"
                readOnly={readOnly}
                {...register('shortBody', { required: 'Напишите короткий текст' })}
              />
            )}
          </FormField>
          {isAdmin && (
            <FormField
              id="template-owner"
              label="Подразделение, которое ведёт шаблон"
              error={fieldError('ownerDepartment')}
            >
              {(c) => (
                <select {...c} className="select" {...register('ownerDepartment')}>
                  {(departments.data ?? []).map((d) => (
                    <option key={d.code} value={d.code}>
                      {d.name}
                    </option>
                  ))}
                  {!departments.data && (
                    <option value={template.ownerDepartment}>{template.ownerDepartmentName}</option>
                  )}
                </select>
              )}
            </FormField>
          )}
          {!readOnly && (
            <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
              Сохранить новую версию
            </button>
          )}
        </form>
      </div>
      <div>
        <Findings findings={findings} />
        <section aria-labelledby="template-preview-title" className="editor-preview">
          <h3 id="template-preview-title">Как увидит клиент</h3>
          {preview.isPending && <Loading label="Готовим предпросмотр…" />}
          {preview.isError && previewErrors.length === 0 && (
            <Alert tone="error" title="Предпросмотр не удался">
              {describeError(preview.error)}
            </Alert>
          )}
          {preview.data && (
            <>
              <p>
                <strong>{preview.data.subject}</strong>
              </p>
              <p className="message-text">{preview.data.emailText}</p>
              <h4>SMS ({preview.data.smsParts} шт.)</h4>
              <p className="message-text">{preview.data.sms}</p>
            </>
          )}
        </section>
      </div>
    </section>
  );
}

function PlaceholderHelp({ template }: { template: TemplateView }) {
  const mandatory = new Set(template.mandatory ?? []);
  return (
    <details className="notice">
      <summary>Подстановки для этого вида</summary>
      <p>
        Пишите их в фигурных скобках, например <code>{'{clientName}'}</code>. Обязательные требует{' '}
        {template.clause}.
      </p>
      <ul>
        {(template.placeholders ?? []).map((p) => (
          <li key={p}>
            <code>{`{${p}}`}</code>
            {mandatory.has(p) && <> — обязательная</>}
          </li>
        ))}
      </ul>
    </details>
  );
}

const fieldNames: Record<string, string> = {
  subject: 'Тема',
  body: 'Полный текст',
  shortBody: 'Короткий текст',
};

/** The plain-language remarks (§6): errors stop the save, warnings are advice. */
function Findings({ findings }: { findings: TemplateFinding[] }) {
  if (findings.length === 0) {
    return (
      <p role="status" className="muted">
        Проверка простоты языка: замечаний нет.
      </p>
    );
  }
  return (
    <section aria-labelledby="template-findings-title">
      <h3 id="template-findings-title">Простота языка (§6)</h3>
      <ul className="review-list" role="status">
        {findings.map((f, i) => (
          <li
            key={`${f.field}-${f.kind}-${i}`}
            className={f.severity === 'error' ? 'review-overdue' : ''}
          >
            <strong>{f.severity === 'error' ? 'Нужно исправить' : 'Совет'}</strong> (
            {fieldNames[f.field ?? ''] ?? f.field}): {f.message}
            {f.fragment && (
              <>
                {' '}
                <q>{f.fragment}</q>
              </>
            )}
            {f.suggestion && <> Как проще: {f.suggestion}.</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
