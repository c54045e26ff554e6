import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import type { MessageReceipt } from '../api/types';
import { statusLabel } from '../labels';

type Props = { receipt: MessageReceipt; onWriteAnother: () => void };

/** Success panel after submitting; takes focus so screen-reader users hear the registration number. */
export function SubmissionReceipt({ receipt, onWriteAnother }: Props) {
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    panel.current?.focus();
  }, []);

  return (
    <section
      ref={panel}
      className="receipt"
      tabIndex={-1}
      aria-labelledby="receipt-title"
      data-testid="submission-receipt"
    >
      <h2 id="receipt-title">Обращение зарегистрировано</h2>
      <p className="receipt-number">
        Регистрационный номер:{' '}
        <strong data-testid="registration-number">{receipt.registrationNumber}</strong>
      </p>
      <dl className="details">
        {receipt.receivedAt && (
          <div>
            <dt>Дата регистрации</dt>
            <dd>
              <time dateTime={receipt.receivedAt}>{formatDateTime(receipt.receivedAt)}</time>
            </dd>
          </div>
        )}
        {receipt.dueAt && (
          <div>
            <dt>Ответ будет дан не позднее</dt>
            <dd>
              <time dateTime={receipt.dueAt} data-testid="due-at">
                {formatDateTime(receipt.dueAt)}
              </time>
            </dd>
          </div>
        )}
        <div>
          <dt>Статус</dt>
          <dd>{statusLabel(receipt.status)}</dd>
        </div>
      </dl>
      {receipt.accessCode ? (
        <div className="access-code" data-testid="access-code-panel">
          <p className="receipt-number">
            Код доступа: <strong data-testid="access-code">{receipt.accessCode}</strong>
          </p>
          <p>
            Сохраните номер и код: по ним на странице{' '}
            <Link to="/status">«Проверить статус обращения»</Link> можно узнать, как идёт
            рассмотрение, без входа на портал. Код показывается только сейчас, мы его не храним и не
            сможем напомнить.
          </p>
        </div>
      ) : (
        <p>
          Сохраните регистрационный номер: он понадобится, если вы захотите узнать о ходе
          рассмотрения.
        </p>
      )}
      <p className="muted">Время указано по Новосибирску.</p>
      <button type="button" className="button button-secondary" onClick={onWriteAnother}>
        Написать ещё одно обращение
      </button>
    </section>
  );
}
