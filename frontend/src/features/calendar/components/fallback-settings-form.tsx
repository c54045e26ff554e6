import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useCalendarSettings } from '../api/calendar-settings-query';
import { useUpdateSettings } from '../api/update-settings-mutation';
import type { CalendarSettings } from '../api/types';
import { sortFieldErrors } from '../problem-fields';
import { ProblemAlert } from './problem-alert';

function SettingsForm({ current }: { current: CalendarSettings }) {
  const update = useUpdateSettings();
  const [enabled, setEnabled] = useState(Boolean(current.fallbackEnabled));
  const [saved, setSaved] = useState<boolean | null>(null);

  return (
    <form
      className="calendar-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (update.isPending) return;
        setSaved(null);
        update.mutate(
          { fallbackEnabled: enabled },
          { onSuccess: (result) => setSaved(Boolean(result.fallbackEnabled)) },
        );
      }}
    >
      {update.isError && (
        <ProblemAlert
          title="Настройка не сохранена"
          detail={describeError(update.error)}
          errors={sortFieldErrors(update.error, []).unplaced}
        />
      )}
      {saved !== null && (
        <Alert tone="success">
          {saved
            ? 'Предварительный расчёт включён: сроки в годах без календаря будут предварительными.'
            : 'Предварительный расчёт выключен: в годах без календаря сроки не считаются.'}
        </Alert>
      )}
      <div className="notice" id="fallback-warning">
        <p className="notice-title">Внимание: сроки станут предварительными</p>
        <p>
          Когда расчёт включён, сроки, которые приходятся на год без загруженного календаря,
          считаются только по субботам и воскресеньям — без праздников и переносов. Такие сроки
          помечаются как предварительные, их нужно перепроверить после загрузки календаря. Когда
          расчёт выключен, такие сроки не рассчитываются вовсе.
        </p>
      </div>
      <div className="checkbox">
        <input
          id="fallback-enabled"
          type="checkbox"
          checked={enabled}
          aria-describedby="fallback-warning"
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <label htmlFor="fallback-enabled">
          Считать сроки в годах без календаря предварительно, только по выходным
        </label>
      </div>
      <p className="muted">
        Сейчас: {current.fallbackEnabled ? 'включено' : 'выключено'}
        {current.updatedAt && (
          <>
            {' '}
            (изменено {formatDateTime(current.updatedAt)}
            {current.updatedBy && `, ${current.updatedBy}`})
          </>
        )}
        .
      </p>
      <button type="submit" className="button" aria-disabled={update.isPending || undefined}>
        {update.isPending ? 'Сохраняем…' : 'Сохранить настройку'}
      </button>
    </form>
  );
}

/** The weekend-only fallback for years nobody loaded, with what switching it on means (admin only). */
export function FallbackSettingsForm() {
  const settings = useCalendarSettings();
  if (settings.isPending) return <Loading label="Загружаем настройки календаря…" />;
  if (settings.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить настройки календаря">
        {describeError(settings.error)}
      </Alert>
    );
  }
  return <SettingsForm current={settings.data} />;
}
