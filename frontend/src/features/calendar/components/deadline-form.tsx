import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { FormField } from '@/components/ui/form-field';
import { describeError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { deadlineQueryOptions } from '../api/deadline-query';
import type { Deadline, DeadlineRule } from '../api/types';
import { departmentNowLocal, fromDepartmentLocal } from '../dates';
import { deadlineRuleCodes, deadlineRules, isDeadlineRule } from '../labels';
import { sortFieldErrors } from '../problem-fields';
import { ProblemAlert } from './problem-alert';

type Values = { from: string; rule: DeadlineRule | '' };
const FIELDS = ['from', 'rule'] as const;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

type Failure = { detail: string; errors: ReturnType<typeof sortFieldErrors>['unplaced'] };

/** «Расчёт срока»: from a moment and a rule to the due date, as the API computes it. */
export function DeadlineForm() {
  const queryClient = useQueryClient();
  const [result, setResult] = useState<Deadline | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { from: departmentNowLocal(), rule: 'primary_response' },
  });

  const onValid = async ({ from, rule }: Values) => {
    if (!isDeadlineRule(rule)) return;
    setFailure(null);
    setResult(null);
    try {
      setResult(
        await queryClient.fetchQuery(
          deadlineQueryOptions({ from: fromDepartmentLocal(from), rule }),
        ),
      );
    } catch (error) {
      const { placed, unplaced } = sortFieldErrors(error, FIELDS);
      placed.forEach(({ field, message }) => setError(field, { type: 'server', message }));
      setFailure({ detail: describeError(error), errors: unplaced });
    }
  };

  return (
    <form className="calendar-form" noValidate onSubmit={handleSubmit(onValid)}>
      {failure && (
        <ProblemAlert title="Срок не рассчитан" detail={failure.detail} errors={failure.errors} />
      )}
      <FormField
        id="deadline-from"
        label="Момент отсчёта"
        required
        hint="Время новосибирское. Для продления — текущий срок ответа."
        error={errors.from?.message}
      >
        {(control) => (
          <input
            {...control}
            {...register('from', {
              required: 'Укажите дату и время',
              pattern: { value: LOCAL_DATE_TIME, message: 'Укажите дату и время полностью' },
            })}
            className="input input-medium"
            type="datetime-local"
          />
        )}
      </FormField>
      <FormField id="deadline-rule" label="Правило" required error={errors.rule?.message}>
        {(control) => (
          <select
            {...control}
            {...register('rule', {
              validate: (value) => isDeadlineRule(value) || 'Выберите правило',
            })}
            className="input"
          >
            {deadlineRuleCodes.map((rule) => (
              <option key={rule} value={rule}>
                {deadlineRules[rule]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="button" aria-disabled={isSubmitting || undefined}>
        {isSubmitting ? 'Считаем…' : 'Рассчитать срок'}
      </button>

      <div role="status" className="deadline-result-region">
        {result?.due && (
          <div className="deadline-result">
            <p className="deadline-due">
              Срок: <strong>{formatDateTime(result.due)}</strong>
            </p>
            <p className="muted">
              {result.clause && <>Основание: {result.clause}. </>}
              {result.calendarVersion && <>Версия календаря: {result.calendarVersion}.</>}
            </p>
            {result.provisional && (
              <div className="notice">
                <p className="notice-title">Внимание: срок предварительный</p>
                <p>
                  Часть срока приходится на год, для которого производственный календарь не
                  загружен: он посчитан только по субботам и воскресеньям. Перепроверьте срок после
                  загрузки календаря.
                </p>
              </div>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
