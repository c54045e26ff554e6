import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { FormField } from '@/components/ui/form-field';
import { describeError, type ProblemFieldError } from '@/lib/api-client';
import { useImportYear, type ImportFormat } from '../api/import-year-mutation';
import type { CalendarYear } from '../api/types';
import {
  detectFormat,
  detectYear,
  formatNames,
  MAX_IMPORT_BYTES,
  readText,
  YEAR_RANGE,
} from '../import-file';
import { sortFieldErrors } from '../problem-fields';
import { ProblemAlert } from './problem-alert';

type Values = { year: string; decree: string };

type Chosen = {
  name: string;
  size: number;
  content: string;
  format: ImportFormat | null;
  year: number | null;
};
type Failure = { detail: string; errors: ProblemFieldError[] };

type Props = { onImported?: (year: number) => void };

function fileProblem(chosen: Chosen | null): string | null {
  if (!chosen) return 'Выберите файл календаря';
  if (chosen.size > MAX_IMPORT_BYTES) return 'Файл больше 1 МБ — это не календарь одного года';
  if (!chosen.format) return 'Не удалось понять формат: нужен файл JSON или XML';
  return null;
}

/** «Импорт года»: a JSON or xmlcalendar XML file replaces the whole year (admin only). */
export function ImportYearForm({ onImported }: Props) {
  const importYear = useImportYear();
  const fileInput = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState<CalendarYear | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    setValue,
    getValues,
    trigger,
    formState: { errors, isSubmitted },
  } = useForm<Values>({ defaultValues: { year: '', decree: '' } });

  // The year's check compares with the file's year: look again once a new file is read.
  useEffect(() => {
    if (isSubmitted) void trigger('year');
  }, [chosen, isSubmitted, trigger]);

  const readFile = async (file: File | undefined) => {
    setSaved(null);
    let next: Chosen | null = null;
    if (file) {
      const content = file.size > MAX_IMPORT_BYTES ? '' : await readText(file).catch(() => '');
      const format = detectFormat(file.name, content);
      const year = format ? detectYear(format, content) : null;
      next = { name: file.name, size: file.size, content, format, year };
      const typed = getValues('year').trim();
      const previous = chosen?.year != null ? String(chosen.year) : '';
      if (year !== null && (!typed || typed === previous)) setValue('year', String(year));
    }
    setChosen(next);
    if (isSubmitted) setFileError(fileProblem(next));
  };

  const send = ({ year, decree }: Values) => {
    const problem = fileProblem(chosen);
    setFileError(problem);
    if (problem || !chosen?.format) {
      fileInput.current?.focus();
      return;
    }
    if (importYear.isPending) return;
    const format = chosen.format;
    setFailure(null);
    setSaved(null);
    importYear.mutate(
      { year: Number(year), format, content: chosen.content, decree: decree.trim() },
      {
        onSuccess: (result) => {
          setSaved(result);
          if (result.year !== undefined) onImported?.(result.year);
        },
        onError: (error) => {
          const { placed, unplaced } = sortFieldErrors<'year' | 'decree'>(
            error,
            format === 'xml' ? ['year', 'decree'] : ['year'],
          );
          placed.forEach(({ field, message }) => setError(field, { type: 'server', message }));
          if (unplaced.length > 0) {
            setFileError(
              'Файл не принят: исправьте ошибки, перечисленные выше, и загрузите его снова',
            );
          }
          setFailure({ detail: describeError(error), errors: unplaced });
          if (placed[0]) setFocus(placed[0].field);
          else if (unplaced.length > 0) fileInput.current?.focus();
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    handleSubmit(send, () => {
      const problem = fileProblem(chosen);
      setFileError(problem);
      if (problem) fileInput.current?.focus();
    })(event);

  return (
    <form className="calendar-form" noValidate onSubmit={onSubmit}>
      {failure && (
        <ProblemAlert title="Год не загружен" detail={failure.detail} errors={failure.errors} />
      )}
      {saved && (
        <Alert tone="success" title={`Календарь на ${saved.year} год загружен`}>
          Версия {saved.calendarVersion ?? saved.version}, особых дней: {saved.days?.length ?? 0}.
        </Alert>
      )}
      <p>
        Импорт заменяет все особые дни года целиком. Если в файле есть ошибка, не сохраняется
        ничего.
      </p>
      <FormField
        id="import-file"
        label="Файл календаря"
        required
        hint={
          <>
            JSON (как файлы calendar/ru/2026.json) или XML формата xmlcalendar. Формат определяется
            по содержимому файла и его расширению.
            {chosen?.format && (
              <>
                {' '}
                <strong>
                  Выбран файл {chosen.name}: {formatNames[chosen.format]}
                  {chosen.year !== null && `, ${chosen.year} год`}.
                </strong>
              </>
            )}
          </>
        }
        error={fileError ?? undefined}
      >
        {(control) => (
          <input
            {...control}
            ref={fileInput}
            onChange={(event) => void readFile(event.target.files?.[0])}
            className="input input-file"
            type="file"
            accept=".json,.xml,application/json,application/xml,text/xml"
          />
        )}
      </FormField>
      <FormField
        id="import-year"
        label="Год"
        required
        hint={`Число от ${YEAR_RANGE.min} до ${YEAR_RANGE.max}; подставляется из файла`}
        error={errors.year?.message}
      >
        {(control) => (
          <input
            {...control}
            {...register('year', {
              validate: (value) => {
                const year = Number(value.trim());
                if (
                  !/^\d{4}$/.test(value.trim()) ||
                  year < YEAR_RANGE.min ||
                  year > YEAR_RANGE.max
                ) {
                  return `Укажите год от ${YEAR_RANGE.min} до ${YEAR_RANGE.max}`;
                }
                if (chosen?.year != null && chosen.year !== year) {
                  return `В файле указан ${chosen.year} год, а не ${year}`;
                }
                return true;
              },
            })}
            className="input input-year"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
          />
        )}
      </FormField>
      {chosen?.format === 'xml' && (
        <FormField
          id="import-decree"
          label="Постановление"
          hint="В файлах xmlcalendar постановления нет. Например: Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»"
          error={errors.decree?.message}
        >
          {(control) => (
            <input
              {...control}
              {...register('decree', {
                maxLength: { value: 500, message: 'Не длиннее 500 знаков' },
              })}
              className="input"
              type="text"
              maxLength={500}
            />
          )}
        </FormField>
      )}
      <button type="submit" className="button" aria-disabled={importYear.isPending || undefined}>
        {importYear.isPending ? 'Загружаем…' : 'Загрузить год'}
      </button>
    </form>
  );
}
