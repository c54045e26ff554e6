import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { FormField } from '@/components/ui/form-field';
import { describeError, ProblemError } from '@/lib/api-client';
import { useSaveArticle } from '../api/save-article-mutation';
import type { Article, ArticleKind, ArticleRequest, Section } from '../api/types';
import { capitalize, kindLabels, kinds } from '../labels';
import { Markdown } from './markdown';

export type EditorValues = {
  sectionId: string;
  kind: ArticleKind;
  title: string;
  question: string;
  body: string;
  tags: string;
  topics: string;
  isPublic: boolean;
  note: string;
};

type Field = keyof EditorValues;

const serverFields: Record<string, Field> = {
  sectionId: 'sectionId',
  kind: 'kind',
  title: 'title',
  question: 'question',
  body: 'body',
  tags: 'tags',
  topics: 'topics',
  public: 'isPublic',
  note: 'note',
};

/** Maps `errors[].field` of a problem («topics[0]», «title») onto the form's own fields. */
export function formFieldOf(field: string | undefined): Field | undefined {
  return field ? serverFields[field.replace(/\[\d+\]$/, '')] : undefined;
}

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export function toRequest(values: EditorValues, baseVersion?: number): ArticleRequest {
  const faq = values.kind === 'faq';
  return {
    sectionId: values.sectionId,
    kind: values.kind,
    title: values.title.trim(),
    ...(faq && values.question.trim() ? { question: values.question.trim() } : {}),
    body: values.body,
    tags: list(values.tags),
    topics: list(values.topics),
    public: faq && values.isPublic,
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
    ...(baseVersion !== undefined ? { baseVersion } : {}),
  };
}

function valuesOf(
  article: Article | undefined,
  sections: Section[],
  draft: Partial<EditorValues> = {},
): EditorValues {
  return {
    sectionId: String(article?.sectionId ?? sections[0]?.id ?? ''),
    kind: article?.kind ?? 'faq',
    title: article?.title ?? '',
    question: article?.question ?? '',
    body: article?.body ?? '',
    tags: (article?.tags ?? []).join(', '),
    topics: (article?.topics ?? []).join(', '),
    isPublic: article?.public ?? false,
    note: '',
    // A new article may start from a draft, e.g. the FAQ for a question clients keep asking (§35).
    ...(article ? {} : draft),
  };
}

type Props = {
  /** The article being changed; absent for a new one. */
  article?: Article;
  /** Sections the editor may write into (the API says which: `editable`). */
  sections: Section[];
  /** Starting values of a new article (ignored when changing one). */
  draft?: Partial<EditorValues>;
  onSaved: (article: Article) => void;
};

/** Writes an article in Markdown with a live preview; each save is a new version. */
export function ArticleEditor({ article, sections, draft, onSaved }: Props) {
  const save = useSaveArticle(article?.id ? String(article.id) : undefined);
  const [problem, setProblem] = useState<{
    detail: string;
    unplaced: string[];
    conflict: boolean;
  } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    control,
    formState: { errors },
  } = useForm<EditorValues>({
    defaultValues: valuesOf(article, sections, draft),
  });
  const [kind, body] = useWatch({ control, name: ['kind', 'body'] });
  const faq = kind === 'faq';

  const onValid = (values: EditorValues) => {
    if (save.isPending) return;
    setProblem(null);
    save.mutate(toRequest(values, article?.version), {
      onSuccess: (saved) => onSaved(saved),
      onError: (error) => {
        const unplaced: string[] = [];
        let first: Field | undefined;
        if (error instanceof ProblemError) {
          for (const { field, message } of error.fieldErrors) {
            const target = formFieldOf(field);
            const shown = target && (faq || (target !== 'question' && target !== 'isPublic'));
            if (target && shown) {
              setError(target, { type: 'server', message: message ?? 'Проверьте значение' });
              first ??= target;
            } else if (message) {
              unplaced.push(message);
            }
          }
        }
        setProblem({
          detail: describeError(error),
          unplaced,
          conflict: error instanceof ProblemError && error.status === 409,
        });
        if (first) setFocus(first);
      },
    });
  };

  const required = (message: string) => ({
    validate: (value: string) => value.trim().length > 0 || message,
  });

  return (
    <form className="knowledge-editor" noValidate onSubmit={handleSubmit(onValid)}>
      {problem && (
        <ProblemAlert
          title={problem.conflict ? 'Статью уже изменили' : 'Не сохранено'}
          detail={problem.detail}
          unplaced={problem.unplaced}
        />
      )}
      <div className="editor-grid">
        <FormField id="kb-section" label="Раздел" required error={errors.sectionId?.message}>
          {(control) => (
            <select {...control} className="input select" {...register('sectionId')}>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title} — {capitalize(s.departmentName)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="kb-kind" label="Вид материала" required error={errors.kind?.message}>
          {(control) => (
            <select {...control} className="input select" {...register('kind')}>
              {kinds.map((value) => (
                <option key={value} value={value}>
                  {kindLabels[value]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField id="kb-title" label="Заголовок" required error={errors.title?.message}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={300}
            {...register('title', required('Укажите заголовок'))}
          />
        )}
      </FormField>
      {faq && (
        <FormField
          id="kb-question"
          label="Вопрос"
          required
          hint="Так, как его задают клиенты: по этим словам вопрос найдут первым."
          error={errors.question?.message}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              maxLength={2000}
              {...register('question', {
                validate: (value, all) =>
                  all.kind !== 'faq' || value.trim().length > 0 || 'Напишите вопрос',
              })}
            />
          )}
        </FormField>
      )}
      <div className="editor-body">
        <FormField
          id="kb-body"
          label="Текст (Markdown)"
          required
          hint="**жирный**, *курсив*, списки с «- », таблицы, [ссылка](https://…)."
          error={errors.body?.message}
        >
          {(control) => (
            <textarea
              {...control}
              className="input textarea editor-textarea"
              rows={18}
              {...register('body', required('Напишите текст статьи'))}
            />
          )}
        </FormField>
        <section className="editor-preview" aria-labelledby="kb-preview-heading">
          <h2 id="kb-preview-heading" className="form-label">
            Предпросмотр
          </h2>
          {body.trim() ? (
            <Markdown source={body} />
          ) : (
            <p className="muted">Текст появится здесь.</p>
          )}
        </section>
      </div>
      <div className="editor-grid">
        <FormField id="kb-tags" label="Метки" hint="Через запятую." error={errors.tags?.message}>
          {(control) => <input {...control} className="input" {...register('tags')} />}
        </FormField>
        <FormField
          id="kb-topics"
          label="Темы классификатора"
          hint="Коды через запятую, например land.lease."
          error={errors.topics?.message}
        >
          {(control) => <input {...control} className="input" {...register('topics')} />}
        </FormField>
      </div>
      {faq && (
        <div className={`form-field${errors.isPublic ? ' form-field-error' : ''}`}>
          <div className="checkbox">
            <input
              id="kb-public"
              type="checkbox"
              aria-invalid={Boolean(errors.isPublic)}
              aria-describedby={errors.isPublic ? 'kb-public-error' : undefined}
              {...register('isPublic')}
            />
            <label htmlFor="kb-public">Показывать на портале среди частых вопросов</label>
          </div>
          {errors.isPublic?.message && (
            <p className="form-error" id="kb-public-error">
              {errors.isPublic.message}
            </p>
          )}
        </div>
      )}
      <FormField
        id="kb-note"
        label="Что изменено"
        hint="Попадёт в историю версий."
        error={errors.note?.message}
      >
        {(control) => (
          <input {...control} className="input" maxLength={1000} {...register('note')} />
        )}
      </FormField>
      <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
        {article ? 'Сохранить новую версию' : 'Создать черновик'}
      </button>
    </form>
  );
}
