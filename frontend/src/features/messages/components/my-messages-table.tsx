import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { describeError } from '@/lib/api-client';
import { formatShortDateTime } from '@/lib/format';
import { useMyMessages } from '../api/my-messages-query';
import { StatusBadge } from './status-badge';

/** «Мои обращения»: what the logged-in citizen has sent, with status and due date. */
export function MyMessagesTable({ page }: { page: number }) {
  const mine = useMyMessages(page);

  if (mine.isPending) return <Loading label="Загружаем ваши обращения…" />;
  if (mine.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить обращения">
        {describeError(mine.error)}
      </Alert>
    );
  }

  const items = mine.data.items ?? [];
  if (items.length === 0) {
    return (
      <p>
        Вы ещё не отправляли обращений. <Link to="/">Написать обращение</Link>
      </p>
    );
  }

  return (
    <>
      <div className="table-wrap">
        <table className="table" aria-busy={mine.isFetching || undefined}>
          <caption className="visually-hidden">Ваши обращения</caption>
          <thead>
            <tr>
              <th scope="col">Рег. номер</th>
              <th scope="col">Поступило</th>
              <th scope="col">Срок ответа</th>
              <th scope="col">Статус</th>
              <th scope="col">Текст</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id ?? item.registrationNumber}>
                <th scope="row">{item.registrationNumber}</th>
                <td className="nowrap">
                  {item.receivedAt && formatShortDateTime(item.receivedAt)}
                </td>
                <td className="nowrap">{item.dueAt && formatShortDateTime(item.dueAt)}</td>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <td className="excerpt">{item.excerpt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={mine.data.page ?? page}
        totalPages={mine.data.totalPages ?? 1}
        totalItems={mine.data.totalItems ?? items.length}
        label="Страницы списка обращений"
      />
    </>
  );
}
