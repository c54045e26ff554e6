import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { formatShortDateTime } from '@/lib/format';
import { useDiff } from '../api/diff-query';
import { useRestoreVersion } from '../api/restore-version-mutation';
import { useVersions } from '../api/versions-query';
import type { VersionDiff } from '../api/types';
import { statusLabels } from '../labels';

type Props = { articleId: string; editable: boolean };

/** The article's versions (who, when, what changed), a comparison of any two, and restoring. */
export function VersionHistory({ articleId, editable }: Props) {
  const versions = useVersions(articleId);
  const restore = useRestoreVersion(articleId);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const list = versions.data ?? [];
  const newest = list[0]?.number ?? null;
  const older = from ?? (newest !== null && newest > 1 ? newest - 1 : null);
  const newer = to ?? newest;
  const diff = useDiff(articleId, older, newer);

  if (versions.isPending) return <Loading label="Загружаем историю…" />;
  if (versions.isError) return <Alert tone="error">{describeError(versions.error)}</Alert>;

  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Версии статьи, новые первыми</caption>
          <thead>
            <tr>
              <th scope="col">Версия</th>
              <th scope="col">Когда</th>
              <th scope="col">Кто</th>
              <th scope="col">Что изменено</th>
              <th scope="col">Сравнить</th>
              {editable && <th scope="col">Действие</th>}
            </tr>
          </thead>
          <tbody>
            {list.map((v) => (
              <tr key={v.number}>
                <th scope="row">{v.number}</th>
                <td className="nowrap">{v.createdAt && formatShortDateTime(v.createdAt)}</td>
                <td>{v.author}</td>
                <td>
                  {v.changeSummary}
                  {v.note && <span className="muted"> — {v.note}</span>}
                  {v.status && (
                    <span className="muted"> ({statusLabels[v.status].toLowerCase()})</span>
                  )}
                </td>
                <td className="nowrap">
                  <label className="inline-choice">
                    <input
                      type="radio"
                      name="diff-from"
                      checked={older === v.number}
                      onChange={() => setFrom(v.number ?? null)}
                    />
                    было<span className="visually-hidden"> — версия {v.number}</span>
                  </label>{' '}
                  <label className="inline-choice">
                    <input
                      type="radio"
                      name="diff-to"
                      checked={newer === v.number}
                      onChange={() => setTo(v.number ?? null)}
                    />
                    стало<span className="visually-hidden"> — версия {v.number}</span>
                  </label>
                </td>
                {editable && (
                  <td>
                    {v.number !== newest && (
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-disabled={restore.isPending || undefined}
                        onClick={() => !restore.isPending && v.number && restore.mutate(v.number)}
                      >
                        Восстановить версию {v.number}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {restore.isError && <Alert tone="error">{describeError(restore.error)}</Alert>}
      {restore.isSuccess && (
        <Alert tone="success">Восстановлено как версия {restore.data.version}.</Alert>
      )}
      {older !== null && newer !== null && older !== newer && (
        <section aria-labelledby="diff-heading">
          <h2 id="diff-heading">
            Сравнение версий {older} и {newer}
          </h2>
          {diff.isPending ? (
            <Loading label="Сравниваем…" />
          ) : diff.isError ? (
            <Alert tone="error">{describeError(diff.error)}</Alert>
          ) : (
            <DiffView diff={diff.data} />
          )}
        </section>
      )}
    </>
  );
}

export function DiffView({ diff }: { diff: VersionDiff }) {
  return (
    <>
      {(diff.fields ?? []).length > 0 && (
        <dl className="details">
          {diff.fields?.map((f) => (
            <div key={f.field}>
              <dt>{f.label}</dt>
              <dd>
                <del>{f.before || '—'}</del> → <ins>{f.after || '—'}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <pre className="diff" aria-label="Построчное сравнение текста">
        {(diff.body ?? []).map((line, index) => {
          const sign = line.op === 'added' ? '+' : line.op === 'removed' ? '−' : ' ';
          const text = `${sign} ${line.text ?? ''}\n`;
          if (line.op === 'added') {
            return (
              <ins key={index} className="diff-added">
                <span className="visually-hidden">Добавлено: </span>
                {text}
              </ins>
            );
          }
          if (line.op === 'removed') {
            return (
              <del key={index} className="diff-removed">
                <span className="visually-hidden">Удалено: </span>
                {text}
              </del>
            );
          }
          return <span key={index}>{text}</span>;
        })}
      </pre>
    </>
  );
}
