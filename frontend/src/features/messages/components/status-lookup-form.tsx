import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { FormField } from '@/components/ui/form-field';
import { describeError, ProblemError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useStatusLookup } from '../api/status-lookup-mutation';
import { statusLabel } from '../labels';
import { StatusBadge } from './status-badge';

const NUMBER = /^\d{4}-\d{6}$/;

/** «Проверить статус обращения»: the number and the code from the receipt, no login needed. */
export function StatusLookupForm() {
  const lookup = useStatusLookup();
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ registrationNumber?: string; accessCode?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!NUMBER.test(number.trim()))
      found.registrationNumber = 'Номер обращения выглядит так: 2026-000123';
    if (!code.trim()) found.accessCode = 'Укажите код доступа из квитанции';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    lookup.mutate({ registrationNumber: number.trim(), accessCode: code.trim() });
  };

  const failure = lookup.error;
  const locked = failure instanceof ProblemError && failure.status === 429;
  const status = lookup.data;

  return (
    <>
      <form className="status-form" noValidate onSubmit={submit}>
        <FormField
          id="registrationNumber"
          label="Регистрационный номер"
          required
          hint="Например, 2026-000123"
          error={errors.registrationNumber}
        >
          {(c) => (
            <input
              {...c}
              className="input input-medium"
              value={number}
              onChange={(event) => setNumber(event.target.value)}
              maxLength={20}
            />
          )}
        </FormField>
        <FormField
          id="accessCode"
          label="Код доступа"
          required
          hint="Из квитанции о регистрации обращения"
          error={errors.accessCode}
        >
          {(c) => (
            <input
              {...c}
              className="input input-medium"
              value={code}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setCode(event.target.value)}
              maxLength={40}
            />
          )}
        </FormField>
        <button type="submit" className="button" aria-disabled={lookup.isPending || undefined}>
          {lookup.isPending ? 'Проверяем…' : 'Проверить статус'}
        </button>
      </form>

      {failure && (
        <Alert tone="error" title={locked ? 'Слишком много попыток' : 'Обращение не найдено'}>
          {describeError(failure)}
        </Alert>
      )}

      {status && (
        <section className="receipt" aria-labelledby="status-title" data-testid="status-result">
          <h2 id="status-title">Обращение № {status.registrationNumber}</h2>
          <dl className="details">
            <div>
              <dt>Статус</dt>
              <dd>
                <StatusBadge status={status.status} />
              </dd>
            </div>
            {status.receivedAt && (
              <div>
                <dt>Получено</dt>
                <dd>
                  <time dateTime={status.receivedAt}>{formatDateTime(status.receivedAt)}</time>
                </dd>
              </div>
            )}
            {status.dueAt && (
              <div>
                <dt>Ответ будет дан не позднее</dt>
                <dd>
                  <time dateTime={status.dueAt}>{formatDateTime(status.dueAt)}</time>
                </dd>
              </div>
            )}
          </dl>
          {(status.history ?? []).length > 0 && (
            <>
              <h3>История</h3>
              <ol className="status-history">
                {(status.history ?? []).map((change, index) => (
                  <li key={`${change.at}-${index}`}>
                    {change.at && <time dateTime={change.at}>{formatDateTime(change.at)}</time>} —{' '}
                    {statusLabel(change.status)}
                  </li>
                ))}
              </ol>
            </>
          )}
          <p className="muted">Время указано по Новосибирску.</p>
        </section>
      )}
    </>
  );
}
