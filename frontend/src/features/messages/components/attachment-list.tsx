import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { describeError } from '@/lib/api-client';
import { downloadAttachment } from '../api/download-attachment';
import type { AttachmentView } from '../api/types';
import { formatSize } from '../attachments';

/** Files of a message or of a letter about it, each downloadable as it was received. */
export function AttachmentList({
  messageId,
  files,
  label,
}: {
  messageId: string;
  files: AttachmentView[];
  label: string;
}) {
  const [error, setError] = useState<string | null>(null);
  if (files.length === 0) return <p className="muted">Файлов нет.</p>;
  return (
    <>
      {error && <Alert tone="error">{error}</Alert>}
      <ul className="file-list" aria-label={label}>
        {files.map((file) => (
          <li key={file.id}>
            <button
              type="button"
              className="button-link"
              onClick={() => {
                setError(null);
                downloadAttachment(messageId, file.id ?? '', file.fileName ?? 'файл').catch((e) =>
                  setError(describeError(e)),
                );
              }}
            >
              {file.fileName}
            </button>{' '}
            <span className="muted">({formatSize(file.size ?? 0)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
