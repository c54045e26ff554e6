import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { formatShortDateTime } from '@/lib/format';
import { LOG_PAGE_SIZE } from '../api/keys';
import { useNotifications } from '../api/notifications-query';
import type {
  DeliveryChannel,
  LogQuery,
  NotificationKind,
  NotificationStatus,
  NotificationView,
} from '../api/types';
import {
  channelLabels,
  CHANNELS,
  kindLabels,
  KINDS,
  label,
  statusLabels,
  STATUSES,
  timelinessLabels,
} from '../labels';
import { NotificationPanel } from './notification-panel';

type Props = {
  /** Filters the page starts with, e.g. from the address (`?messageId=…`). */
  initial?: LogQuery;
  /** Whether the person may retry and re-route (operator, head, admin). */
  canRepair: boolean;
};

type Filters = {
  client: string;
  status: NotificationStatus | '';
  channel: DeliveryChannel | '';
  kind: NotificationKind | '';
  late: boolean;
};

function toQuery(filters: Filters, messageId: string | undefined, page: number): LogQuery {
  const query: LogQuery = { page, size: LOG_PAGE_SIZE };
  if (messageId) query.messageId = messageId;
  if (filters.client.trim()) query.client = filters.client.trim();
  if (filters.status) query.status = filters.status;
  if (filters.channel) query.channel = filters.channel;
  if (filters.kind) query.kind = filters.kind;
  if (filters.late) query.late = true;
  return query;
}

/** «Журнал доставки»: every notice on every channel; failures stand out with their reason. */
export function DeliveryLog({ initial = {}, canRepair }: Props) {
  const [draft, setDraft] = useState<Filters>({
    client: initial.client ?? '',
    status: initial.status ?? '',
    channel: (initial.channel as DeliveryChannel | undefined) ?? '',
    kind: (initial.kind as NotificationKind | undefined) ?? '',
    late: initial.late ?? false,
  });
  const [filters, setFilters] = useState<Filters>(draft);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const log = useNotifications(toQuery(filters, initial.messageId, page));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    setPage(0);
  };

  return (
    <>
      <form className="search-form" role="search" aria-label="Отбор уведомлений" onSubmit={apply}>
        <div className="search-filters">
          <div className="form-field">
            <label className="form-label" htmlFor="log-client">
              Клиент
            </label>
            <p className="form-hint" id="log-client-hint">
              Логин портала, электронная почта или телефон
            </p>
            <input
              id="log-client"
              className="input"
              aria-describedby="log-client-hint"
              value={draft.client}
              onChange={(e) => setDraft({ ...draft, client: e.target.value })}
            />
          </div>
          <div className="form-field">
            <label className="form-label" htmlFor="log-status">
              Состояние
            </label>
            <select
              id="log-status"
              className="select"
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value as Filters['status'] })}
            >
              <option value="">Все</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabels[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label className="form-label" htmlFor="log-channel">
              Канал
            </label>
            <select
              id="log-channel"
              className="select"
              value={draft.channel}
              onChange={(e) =>
                setDraft({ ...draft, channel: e.target.value as Filters['channel'] })
              }
            >
              <option value="">Все</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {channelLabels[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label className="form-label" htmlFor="log-kind">
              Вид уведомления
            </label>
            <select
              id="log-kind"
              className="select"
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.target.value as Filters['kind'] })}
            >
              <option value="">Все</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabels[k]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="checkbox">
          <input
            id="log-late"
            type="checkbox"
            checked={draft.late}
            onChange={(e) => setDraft({ ...draft, late: e.target.checked })}
          />
          <label htmlFor="log-late">Только нарушившие срок (§9, §10)</label>
        </div>
        <button type="submit" className="button">
          Показать
        </button>
      </form>

      <LogTable
        log={log}
        page={page}
        onPage={setPage}
        selected={selected}
        onSelect={(id) => setSelected(id === selected ? null : id)}
      />
      {selected && (
        <NotificationPanel id={selected} canRepair={canRepair} onClose={() => setSelected(null)} />
      )}
    </>
  );
}

type TableProps = {
  log: ReturnType<typeof useNotifications>;
  page: number;
  onPage: (page: number) => void;
  selected: string | null;
  onSelect: (id: string) => void;
};

function LogTable({ log, page, onPage, selected, onSelect }: TableProps) {
  if (log.isPending) return <Loading label="Загружаем журнал доставки…" />;
  if (log.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить журнал доставки">
        {describeError(log.error)}
      </Alert>
    );
  }
  const items = log.data.items ?? [];
  if (items.length === 0) return <p>Уведомлений с такими условиями нет.</p>;
  const totalPages = log.data.totalPages ?? 1;

  return (
    <>
      <div className="table-wrap">
        <table className="table" aria-busy={log.isFetching || undefined}>
          <caption className="visually-hidden">Журнал доставки уведомлений, новые первыми</caption>
          <thead>
            <tr>
              <th scope="col">Создано</th>
              <th scope="col">Вид</th>
              <th scope="col">Канал и адрес</th>
              <th scope="col">Получатель</th>
              <th scope="col">Состояние</th>
              <th scope="col">Срок по Порядку</th>
              <th scope="col">
                <span className="visually-hidden">Действия</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((n) => (
              <LogRow
                key={n.id}
                n={n}
                open={selected === n.id}
                onSelect={() => n.id && onSelect(n.id)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {totalPages > 1 && (
        <nav className="button-row pagination" aria-label="Страницы журнала">
          <button
            type="button"
            className="button button-secondary"
            disabled={page === 0}
            onClick={() => onPage(page - 1)}
          >
            Предыдущая страница
          </button>
          <span>
            Страница {page + 1} из {totalPages}
          </span>
          <button
            type="button"
            className="button button-secondary"
            disabled={page + 1 >= totalPages}
            onClick={() => onPage(page + 1)}
          >
            Следующая страница
          </button>
        </nav>
      )}
    </>
  );
}

function LogRow({
  n,
  open,
  onSelect,
}: {
  n: NotificationView;
  open: boolean;
  onSelect: () => void;
}) {
  const failed = n.status === 'failed';
  const late = n.timeliness === 'late' || n.timeliness === 'overdue';
  return (
    <tr className={failed ? 'row-failed' : undefined}>
      <td className="nowrap">{n.createdAt && formatShortDateTime(n.createdAt)}</td>
      <td>{label(kindLabels, n.kind)}</td>
      <td>
        {label(channelLabels, n.channel)}
        <br />
        <span className="muted">{n.recipient}</span>
      </td>
      <td>{n.recipientName}</td>
      <td>
        <span className={`status status-notification-${n.status}`}>
          {label(statusLabels, n.status)}
        </span>
        {failed && n.lastError && (
          <p className="failure-reason">
            <span className="visually-hidden">Причина: </span>
            {n.lastError}
          </p>
        )}
      </td>
      <td className="nowrap">
        {n.dueBy ? formatShortDateTime(n.dueBy) : '—'}
        {n.timeliness && (
          <span className={`badge${late ? ' badge-warning' : ''}`}>
            {timelinessLabels[n.timeliness]}
          </span>
        )}
      </td>
      <td>
        <button type="button" className="button-link" aria-expanded={open} onClick={onSelect}>
          {open ? 'Скрыть' : 'Подробнее'} <span className="visually-hidden">— {n.subject}</span>
        </button>
      </td>
    </tr>
  );
}
