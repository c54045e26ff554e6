import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { formatShortDateTime } from '@/lib/format';
import { useClientMessages } from '../api/client-messages-query';
import { StatusBadge } from './status-badge';

type Props = { clientId: string; detailHref: (id: string) => string };

/** The messages of one client, newest first, on the staff client card. */
export function ClientMessagesTable({ clientId, detailHref }: Props) {
  const messages = useClientMessages(clientId, 0, 100);

  if (messages.isPending) return <Loading label="Загружаем обращения клиента…" />;
  if (messages.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить обращения клиента">
        {describeError(messages.error)}
      </Alert>
    );
  }
  const items = messages.data.items ?? [];
  if (items.length === 0) return <p>У клиента пока нет обращений.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Обращения клиента, новые первыми</caption>
        <thead>
          <tr>
            <th scope="col">Рег. номер</th>
            <th scope="col">Поступило</th>
            <th scope="col">Срок ответа</th>
            <th scope="col">Статус</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                {item.id ? (
                  <Link to={detailHref(String(item.id))}>{item.registrationNumber}</Link>
                ) : (
                  item.registrationNumber
                )}
              </th>
              <td className="nowrap">{item.receivedAt && formatShortDateTime(item.receivedAt)}</td>
              <td className="nowrap">{item.dueAt && formatShortDateTime(item.dueAt)}</td>
              <td>
                <StatusBadge status={item.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
