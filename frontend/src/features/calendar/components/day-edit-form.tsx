import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { FormField } from '@/components/ui/form-field';
import { describeError, type ProblemFieldError } from '@/lib/api-client';
import { useEditDay, useResetDay } from '../api/edit-day-mutation';
import type { CalendarDay, CalendarYear, DayKind } from '../api/types';
import { formatCalendarDate } from '../dates';
import { dayKindCodes, dayKinds, isDayKind } from '../labels';
import { sortFieldErrors } from '../problem-fields';
import { ProblemAlert } from './problem-alert';

type Values = { date: string; kind: DayKind | ''; note: string };
const FIELDS = ['date', 'kind', 'note'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Failure = { title: string; detail: string; errors: ProblemFieldError[] };
type Done = { text: string; version: string };

type Props = {
  /** A special day chosen in the list; the form starts from it. */
  initial?: CalendarDay | null;
  /** Set when the person asked to edit a day, so focus follows them here. */
  focusOnMount?: boolean;
};

/** «Изменить день»: set the kind and note of one date, or make it ordinary again (admin only). */
export function DayEditForm({ initial, focusOnMount = false }: Props) {
  const edit = useEditDay();
  const reset = useResetDay();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    trigger,
    getValues,
    formState: { errors },
  } = useForm<Values>({
    defaultValues: {
      date: initial?.date ?? '',
      kind: initial?.kind ?? '',
      note: initial?.note ?? '',
    },
  });
  const pending = edit.isPending || reset.isPending;

  useEffect(() => {
    if (focusOnMount) setFocus('kind');
  }, [focusOnMount, setFocus]);

  const settle = (title: string, describe: (saved: CalendarYear) => string) => ({
    onSuccess: (saved: CalendarYear) =>
      setDone({ text: describe(saved), version: saved.calendarVersion ?? String(saved.version) }),
    onError: (error: Error) => {
      const { placed, unplaced } = sortFieldErrors(error, FIELDS);
      placed.forEach(({ field, message }) => setError(field, { type: 'server', message }));
      setFailure({ title, detail: describeError(error), errors: unplaced });
      if (placed[0]) setFocus(placed[0].field);
    },
  });

  const onSave = ({ date, kind, note }: Values) => {
    if (pending || !isDayKind(kind)) return;
    setFailure(null);
    setDone(null);
    edit.mutate(
      { date, edit: { kind, note: note.trim() || undefined } },
      settle(
        'День не изменён',
        () => `${formatCalendarDate(date)} — ${dayKinds[kind].label.toLowerCase()}.`,
      ),
    );
  };

  const onReset = async () => {
    if (pending || !(await trigger('date'))) {
      setFocus('date');
      return;
    }
    const date = getValues('date');
    setFailure(null);
    setDone(null);
    reset.mutate(
      { date },
      settle('День не сброшен', () => `${formatCalendarDate(date)} — обычный день.`),
    );
  };

  return (
    <form className="calendar-form" noValidate onSubmit={handleSubmit(onSave)}>
      {failure && (
        <ProblemAlert title={failure.title} detail={failure.detail} errors={failure.errors} />
      )}
      {done && (
        <Alert tone="success" title="Календарь изменён">
          {done.text} Версия календаря: {done.version}.
        </Alert>
      )}
      <FormField
        id="day-date"
        label="Дата"
        required
        hint="День загруженного года"
        error={errors.date?.message}
      >
        {(control) => (
          <input
            {...control}
            {...register('date', {
              required: 'Укажите дату',
              pattern: { value: ISO_DATE, message: 'Укажите дату полностью' },
            })}
            className="input input-medium"
            type="date"
          />
        )}
      </FormField>
      <FormField id="day-kind" label="Вид дня" required error={errors.kind?.message}>
        {(control) => (
          <select
            {...control}
            {...register('kind', { validate: (value) => isDayKind(value) || 'Выберите вид дня' })}
            className="input select"
          >
            <option value="">Выберите…</option>
            {dayKindCodes.map((kind) => (
              <option key={kind} value={kind}>
                {dayKinds[kind].label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id="day-note"
        label="Пояснение"
        hint="Необязательно, например: «Перенос выходного с 3 января»"
        error={errors.note?.message}
      >
        {(control) => (
          <input
            {...control}
            {...register('note', { maxLength: { value: 500, message: 'Не длиннее 500 знаков' } })}
            className="input"
            type="text"
            maxLength={500}
          />
        )}
      </FormField>
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {edit.isPending ? 'Сохраняем…' : 'Сохранить день'}
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={pending || undefined}
          onClick={() => void onReset()}
        >
          {reset.isPending ? 'Сбрасываем…' : 'Сделать день обычным'}
        </button>
      </div>
    </form>
  );
}
