import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { FieldError } from '@/components/ui/form-field';
import { describeError, ProblemError } from '@/lib/api-client';
import { formatSize } from '@/lib/format';
import { useAddAttachment } from '../api/add-attachment-mutation';
import { downloadAttachment } from '../api/download-attachment';
import { useRemoveAttachment } from '../api/remove-attachment-mutation';
import type { Article, Attachment } from '../api/types';
import { acceptedFiles, fileTypeLabel } from '../labels';

function describe(file: Attachment): string {
  return `${fileTypeLabel(file.mediaType)}, ${formatSize(file.size ?? 0)}`;
}

/** Files of an article (the act, the form, the job description), each downloadable as attached. */
export function AttachmentList({ articleId, files }: { articleId: string; files: Attachment[] }) {
  const [error, setError] = useState<string | null>(null);
  if (files.length === 0) return null;
  return (
    <section className="knowledge-attachments" aria-labelledby="kb-files-heading">
      <h2 id="kb-files-heading">Файлы</h2>
      {error && <Alert tone="error">{error}</Alert>}
      <ul className="file-list" aria-labelledby="kb-files-heading">
        {files.map((file) => (
          <li key={file.id}>
            <button
              type="button"
              className="button-link"
              onClick={() => {
                setError(null);
                downloadAttachment(articleId, String(file.id), file.fileName ?? 'файл').catch((e) =>
                  setError(describeError(e)),
                );
              }}
            >
              {file.fileName}
            </button>{' '}
            <span className="muted">({describe(file)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What went wrong with a file: the server's words at the file field, the rest above it. */
type FileProblem = { title: string; atField?: string; detail: string };

function problemOf(error: unknown): FileProblem {
  if (error instanceof ProblemError) {
    const atField = error.fieldErrors.find((e) => e.field === 'file')?.message;
    return { title: 'Файл не принят', atField, detail: describeError(error) };
  }
  return { title: 'Файл не принят', detail: describeError(error) };
}

/**
 * For the article's editors: attach a file or take one away. Each change is saved at once as a
 * new version of the article, apart from the text being edited.
 */
export function AttachmentsEditor({ article }: { article: Article }) {
  const articleId = String(article.id);
  const files = article.attachments ?? [];
  const add = useAddAttachment(articleId);
  const remove = useRemoveAttachment(articleId);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    setDone(null);
    const file = input.current?.files?.[0];
    if (!file) {
      setProblem({ title: '', atField: 'Выберите файл', detail: '' });
      input.current?.focus();
      return;
    }
    setProblem(null);
    add.mutate(file, {
      onSuccess: (added) => {
        setDone(`Файл «${added.fileName}» приложен.`);
        if (input.current) input.current.value = '';
      },
      onError: (error) => {
        setProblem(problemOf(error));
        input.current?.focus();
      },
    });
  };

  const onRemove = (file: Attachment) => {
    if (remove.isPending) return;
    setDone(null);
    setProblem(null);
    remove.mutate(String(file.id), {
      onSuccess: () => setDone(`Файл «${file.fileName}» удалён из статьи.`),
      onError: (error) => setProblem({ title: 'Файл не удалён', detail: describeError(error) }),
    });
  };

  return (
    <section className="knowledge-attachments" aria-labelledby="kb-files-edit-heading">
      <h2 id="kb-files-edit-heading">Файлы статьи</h2>
      {done && <Alert tone="success">{done}</Alert>}
      {problem?.detail && (
        <Alert tone="error" title={problem.title}>
          {problem.detail}
        </Alert>
      )}
      {files.length === 0 ? (
        <p className="muted">Файлов пока нет.</p>
      ) : (
        <ul className="file-list" aria-labelledby="kb-files-edit-heading">
          {files.map((file) => (
            <li key={file.id}>
              {file.fileName} <span className="muted">({describe(file)})</span>{' '}
              <button
                type="button"
                className="button-link"
                aria-label={`Удалить файл «${file.fileName}»`}
                aria-disabled={remove.isPending || undefined}
                onClick={() => onRemove(file)}
              >
                Удалить
              </button>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={onSubmit}>
        <div className={`form-field${problem?.atField ? ' form-field-error' : ''}`}>
          <label className="form-label" htmlFor={inputId}>
            Новый файл
          </label>
          <p className="form-hint" id={hintId}>
            PDF, Word, Excel, ODT, ODS, RTF, текст, PNG или JPEG. Файл сохраняется сразу и попадает
            в историю версий.
          </p>
          {problem?.atField && <FieldError id={errorId}>{problem.atField}</FieldError>}
          <input
            ref={input}
            id={inputId}
            type="file"
            className="input"
            accept={acceptedFiles}
            aria-invalid={Boolean(problem?.atField)}
            aria-describedby={problem?.atField ? `${errorId} ${hintId}` : hintId}
          />
        </div>
        <button
          type="submit"
          className="button button-secondary"
          aria-disabled={add.isPending || undefined}
        >
          {add.isPending ? 'Загружаем…' : 'Приложить файл'}
        </button>
      </form>
    </section>
  );
}
