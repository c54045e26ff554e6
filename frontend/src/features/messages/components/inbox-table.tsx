import { Link, useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { describeError } from '@/lib/api-client';
import { formatShortDateTime } from '@/lib/format';
import { useInbox } from '../api/inbox-query';
import type { InboxFilters } from '../api/types';
import { channelLabel } from '../labels';
import { StatusBadge } from './status-badge';

type Props = {
  /** Zero-based page. */
  page: number;
  /** Narrows the inbox; none shows everything the caller may see. */
  filters?: InboxFilters;
  /** Where a row leads: the staff message page. */
  detailHref: (id: string) => string;
};

/** «Входящие»: staff inbox, soonest due first, a row per message. */
export function InboxTable({ page, filters = {}, detailHref }: Props) {
  const inbox = useInbox(page, undefined, filters);
  const navigate = useNavigate();

  if (inbox.isPending) return <Loading label="Загружаем входящие…" />;
  if (inbox.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить входящие">
        {describeError(inbox.error)}
      </Alert>
    );
  }

  const items = inbox.data.items ?? [];
  if (items.length === 0) return <p>Входящих обращений нет.</p>;

  return (
    <>
      <div className="table-wrap">
        <table className="table table-clickable" aria-busy={inbox.isFetching || undefined}>
          <caption className="visually-hidden">
            Входящие обращения, отсортированы по сроку ответа
          </caption>
          <thead>
            <tr>
              <th scope="col">Рег. номер</th>
              <th scope="col">Поступило</th>
              <th scope="col">Срок ответа</th>
              <th scope="col">Автор</th>
              <th scope="col">Способ ответа</th>
              <th scope="col">Статус</th>
              <th scope="col">Исполнитель</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const href = item.id ? detailHref(String(item.id)) : undefined;
              return (
                <tr key={item.id ?? item.registrationNumber} onClick={() => href && navigate(href)}>
                  <th scope="row">
                    {href ? (
                      <Link to={href} onClick={(event) => event.stopPropagation()}>
                        {item.registrationNumber}
                      </Link>
                    ) : (
                      item.registrationNumber
                    )}
                  </th>
                  <td className="nowrap">
                    {item.receivedAt && formatShortDateTime(item.receivedAt)}
                  </td>
                  <td className="nowrap">{item.dueAt && formatShortDateTime(item.dueAt)}</td>
                  <td>{item.authorName}</td>
                  <td>{channelLabel(item.preferredChannel)}</td>
                  <td>
                    <StatusBadge status={item.status} />
                    {item.urgent && <span className="badge badge-warning"> Срочное</span>}
                  </td>
                  <td>{item.executor ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pagination
        page={inbox.data.page ?? page}
        totalPages={inbox.data.totalPages ?? 1}
        totalItems={inbox.data.totalItems ?? items.length}
        label="Страницы входящих"
      />
    </>
  );
}
