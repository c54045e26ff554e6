import { useId } from 'react';
import { describedBy, FieldError } from '@/components/ui/form-field';
import { useAttachmentRules } from '../api/attachment-rules-query';
import { acceptOf, allowedFormats, checkFiles, formatSize } from '../attachments';

type Props = {
  label: string;
  files: File[];
  onChange: (files: File[]) => void;
  /** Problems the server reported for the files (`files[0]` and the like), already worded. */
  serverErrors?: string[];
};

/**
 * Choosing files for a message: the limits and formats are shown before sending and broken
 * rules are flagged at once; the server checks the content and has the last word.
 */
export function FilePicker({ label, files, onChange, serverErrors = [] }: Props) {
  const id = useId();
  const rules = useAttachmentRules(files.length > 0);
  const warnings = checkFiles(files, rules.data);
  const hintId = `${id}-hint`;
  const errorId = warnings.length > 0 || serverErrors.length > 0 ? `${id}-error` : undefined;

  const add = (chosen: FileList | null) => {
    if (!chosen) return;
    onChange([...files, ...Array.from(chosen)]);
  };

  return (
    <div className={`form-field${errorId ? ' form-field-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <p className="form-hint" id={hintId}>
        {rules.data
          ? `Необязательно. ${allowedFormats(rules.data)}; файл до ${formatSize(
              rules.data.maxFileSize ?? 0,
            )}, все вместе до ${formatSize(rules.data.maxMessageSize ?? 0)}.`
          : 'Необязательно. PDF, изображения, документы Word, Excel, OpenDocument, текст.'}
      </p>
      {errorId && (
        <FieldError id={errorId}>
          {[...serverErrors, ...warnings.map((w) => w.message)].join('. ')}
        </FieldError>
      )}
      <input
        id={id}
        className="input"
        type="file"
        multiple
        accept={acceptOf(rules.data)}
        aria-invalid={Boolean(errorId)}
        aria-describedby={describedBy(errorId, hintId)}
        onChange={(event) => {
          add(event.currentTarget.files);
          event.currentTarget.value = '';
        }}
      />
      {files.length > 0 && (
        <ul className="file-list" aria-label="Выбранные файлы">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              {file.name} <span className="muted">({formatSize(file.size)})</span>{' '}
              <button
                type="button"
                className="button-link"
                onClick={() => onChange(files.filter((_, i) => i !== index))}
              >
                Убрать <span className="visually-hidden">файл {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Whether the form may be sent with these files (the hints found nothing to refuse). */
export function filesAcceptable(files: File[], rules: Parameters<typeof checkFiles>[1]): boolean {
  return checkFiles(files, rules).length === 0;
}
