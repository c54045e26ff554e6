import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { describeError } from '@/lib/api-client';
import { formatShortDateTime } from '@/lib/format';
import { useFilteredMail } from '../api/filtered-mail-query';
import { FilteredMailDetail } from './filtered-mail-detail';

type Props = {
  /** Zero-based page. */
  page: number;
  /** Where a registered message opens. */
  messageHref: (id: string) => string;
};

/** «Отфильтрованная почта»: what the mail filter kept out of the inbox, and why. */
export function FilteredMailTable({ page, messageHref }: Props) {
  const list = useFilteredMail(page);
  const [openId, setOpenId] = useState<string | null>(null);

  if (list.isPending) return <Loading label="Загружаем отфильтрованную почту…" />;
  if (list.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить отфильтрованную почту">
        {describeError(list.error)}
      </Alert>
    );
  }

  const items = list.data.items ?? [];
  if (items.length === 0) return <p>Фильтр не задержал ни одного письма.</p>;

  return (
    <>
      <div className="table-wrap">
        <table className="table" aria-busy={list.isFetching || undefined}>
          <caption className="visually-hidden">
            Письма, которые фильтр счёл автоматическими, новые первыми
          </caption>
          <thead>
            <tr>
              <th scope="col">Отправитель</th>
              <th scope="col">Тема</th>
              <th scope="col">Получено</th>
              <th scope="col">Причина</th>
              <th scope="col">Действие</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const id = String(item.id);
              return (
                <tr key={id}>
                  <th scope="row">
                    {item.fromName}
                    {item.fromAddress && item.fromAddress !== item.fromName && (
                      <div className="muted">{item.fromAddress}</div>
                    )}
                  </th>
                  <td>{item.subject || '(без темы)'}</td>
                  <td className="nowrap">
                    {item.receivedAt && formatShortDateTime(item.receivedAt)}
                  </td>
                  <td>{item.reason}</td>
                  <td>
                    {item.messageId ? (
                      <Link to={messageHref(String(item.messageId))}>Обращение</Link>
                    ) : (
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-expanded={openId === id}
                        aria-label={`Открыть письмо «${item.subject || 'без темы'}» от ${item.fromName ?? ''}`}
                        onClick={() => setOpenId(openId === id ? null : id)}
                      >
                        {openId === id ? 'Скрыть' : 'Открыть'}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pagination
        page={list.data.page ?? page}
        totalPages={list.data.totalPages ?? 1}
        totalItems={list.data.totalItems ?? items.length}
        label="Страницы отфильтрованной почты"
      />
      {openId && <FilteredMailDetail key={openId} id={openId} messageHref={messageHref} />}
    </>
  );
}
