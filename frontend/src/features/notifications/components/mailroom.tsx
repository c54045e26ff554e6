import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { FormField } from '@/components/ui/form-field';
import { Loading } from '@/components/ui/loading';
import { describeError, ProblemError } from '@/lib/api-client';
import { formatShortDateTime } from '@/lib/format';
import { fetchLetterPdf, useLetters } from '../api/letters-query';
import { useMarkLetterPosted } from '../api/mark-letter-posted-mutation';
import type { LetterView } from '../api/types';
import { kindLabels, label } from '../labels';

/** Opens a letter's PDF in a new tab; the request carries the staff session like every other. */
async function openPdf(id: string) {
  const blob = await fetchLetterPdf(id);
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** «Почта к отправке»: letters to print and post, oldest first. */
export function Mailroom() {
  const letters = useLetters('to_print');
  const [pdfError, setPdfError] = useState<string | null>(null);

  if (letters.isPending) return <Loading label="Загружаем письма…" />;
  if (letters.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить письма">
        {describeError(letters.error)}
      </Alert>
    );
  }
  if (letters.data.length === 0) return <p>Писем к отправке нет.</p>;

  return (
    <>
      {pdfError && (
        <Alert tone="error" title="Не удалось открыть письмо">
          {pdfError}
        </Alert>
      )}
      <p>Писем к отправке: {letters.data.length}.</p>
      <ul className="review-list" aria-label="Письма к отправке">
        {letters.data.map((letter) => (
          <LetterItem
            key={letter.id}
            letter={letter}
            onOpen={() =>
              letter.id &&
              openPdf(letter.id).then(
                () => setPdfError(null),
                (error: unknown) => setPdfError(describeError(error)),
              )
            }
          />
        ))}
      </ul>
    </>
  );
}

function LetterItem({ letter, onOpen }: { letter: LetterView; onOpen: () => void }) {
  const posted = useMarkLetterPosted();
  const [postedOn, setPostedOn] = useState('');
  const [tracking, setTracking] = useState('');
  const errors = posted.error instanceof ProblemError ? posted.error.fieldErrors : [];
  const errorOf = (field: string) => errors.find((e) => e.field?.endsWith(field))?.message;
  const id = letter.id ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (posted.isPending) return;
    posted.mutate({
      id,
      body: { postedOn: postedOn || undefined, trackingNumber: tracking.trim() || undefined },
    });
  };

  return (
    <li>
      <h2 className="search-hit-title" id={`letter-${id}`}>
        {letter.recipientName}
      </h2>
      <p>
        {letter.address}
        <br />
        <span className="muted">
          {label(kindLabels, letter.kind)} · {letter.subject} · в очереди с{' '}
          {letter.createdAt && formatShortDateTime(letter.createdAt)}
        </span>
      </p>
      <p>
        <button type="button" className="button-link" onClick={onOpen}>
          Открыть письмо (PDF) <span className="visually-hidden">для {letter.recipientName}</span>
        </button>
      </p>
      <form className="button-row" onSubmit={submit} aria-labelledby={`letter-${id}`}>
        <FormField
          id={`posted-on-${id}`}
          label="Дата отправки"
          hint="Если пусто — сегодня"
          error={errorOf('postedOn')}
        >
          {(props) => (
            <input
              {...props}
              type="date"
              className="input"
              value={postedOn}
              onChange={(e) => setPostedOn(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`tracking-${id}`}
          label="Почтовый идентификатор (ШПИ)"
          hint="Для заказного письма: 14 цифр"
          error={errorOf('trackingNumber')}
        >
          {(props) => (
            <input
              {...props}
              className="input"
              inputMode="text"
              value={tracking}
              onChange={(e) => setTracking(e.target.value)}
            />
          )}
        </FormField>
        <div>
          <button type="submit" className="button" aria-disabled={posted.isPending || undefined}>
            Отмечено: отправлено{' '}
            <span className="visually-hidden">— письмо для {letter.recipientName}</span>
          </button>
        </div>
      </form>
      {posted.isError && errors.length === 0 && (
        <Alert tone="error" title="Не удалось отметить письмо">
          {describeError(posted.error)}
        </Alert>
      )}
    </li>
  );
}
