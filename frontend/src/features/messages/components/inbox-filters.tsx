import { useState } from 'react';
import { useInboxCounters } from '../api/inbox-counters-query';
import type { InboxFilters } from '../api/types';
import { statusLabel, statusLabels } from '../labels';

type Props = {
  value: InboxFilters;
  onChange: (filters: InboxFilters) => void;
};

/** Counters over the inbox (each a shortcut) and the filters that narrow it. */
export function InboxFiltersForm({ value, onChange }: Props) {
  const counters = useInboxCounters();
  const [draft, setDraft] = useState<InboxFilters>(value);
  const c = counters.data;
  const set = (patch: InboxFilters) => setDraft({ ...draft, ...patch });

  return (
    <div className="search-filters">
      {c && (
        <ul className="button-row" aria-label="Счётчики">
          <li>
            <button
              type="button"
              className="button button-link"
              onClick={() => onChange({ overdue: true })}
            >
              Просрочено: {c.overdue}
            </button>
          </li>
          <li>
            <button
              type="button"
              className="button button-link"
              onClick={() => onChange({ dueToday: true })}
            >
              Срок сегодня: {c.dueToday}
            </button>
          </li>
          <li>Мои в работе: {c.mine}</li>
          {Object.entries(c.byStatus ?? {})
            .filter(([, n]) => n > 0)
            .map(([status, n]) => (
              <li key={status}>
                <button
                  type="button"
                  className="button button-link"
                  onClick={() => onChange({ status: status as InboxFilters['status'] })}
                >
                  {statusLabel(status)}: {n}
                </button>
              </li>
            ))}
        </ul>
      )}
      <form
        aria-label="Фильтры входящих"
        onSubmit={(event) => {
          event.preventDefault();
          onChange(draft);
        }}
      >
        <div className="form-field">
          <label className="form-label" htmlFor="filter-q">
            Номер, автор или текст
          </label>
          <input
            id="filter-q"
            type="search"
            className="input"
            value={draft.q ?? ''}
            onChange={(e) => set({ q: e.target.value || undefined })}
          />
        </div>
        <div className="form-field">
          <label className="form-label" htmlFor="filter-status">
            Статус
          </label>
          <select
            id="filter-status"
            className="select"
            value={draft.status ?? ''}
            onChange={(e) =>
              set({ status: (e.target.value || undefined) as InboxFilters['status'] })
            }
          >
            <option value="">Любой</option>
            {Object.entries(statusLabels).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label className="form-label" htmlFor="filter-department">
            Подразделение (код)
          </label>
          <input
            id="filter-department"
            className="input"
            value={draft.department ?? ''}
            onChange={(e) => set({ department: e.target.value || undefined })}
          />
        </div>
        <div className="form-field">
          <label className="form-label" htmlFor="filter-executor">
            Исполнитель
          </label>
          <input
            id="filter-executor"
            className="input"
            value={draft.executor ?? ''}
            onChange={(e) => set({ executor: e.target.value || undefined })}
          />
        </div>
        <div className="form-field">
          <label className="form-label" htmlFor="filter-topic">
            Тема (код)
          </label>
          <input
            id="filter-topic"
            className="input"
            value={draft.topic ?? ''}
            onChange={(e) => set({ topic: e.target.value || undefined })}
          />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.urgent === true}
            onChange={(e) => set({ urgent: e.target.checked ? true : undefined })}
          />{' '}
          Только срочные
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.overdue === true}
            onChange={(e) => set({ overdue: e.target.checked ? true : undefined })}
          />{' '}
          Только просроченные
        </label>
        <div className="button-row">
          <button type="submit" className="button">
            Показать
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setDraft({});
              onChange({});
            }}
          >
            Сбросить
          </button>
        </div>
      </form>
    </div>
  );
}
