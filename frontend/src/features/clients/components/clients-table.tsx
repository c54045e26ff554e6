import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { describeError } from '@/lib/api-client';
import { useClients } from '../api/clients-query';
import { channelLabel, clientTypeLabel } from '../labels';

type Props = {
  /** The search as it stands in the URL. */
  query: string;
  /** Zero-based page. */
  page: number;
  onSearch: (query: string) => void;
  detailHref: (id: string) => string;
};

/** «Клиенты»: search by name, INN, OGRN, e-mail or phone; one row per client. */
export function ClientsTable({ query, page, onSearch, detailHref }: Props) {
  const [draft, setDraft] = useState(query);
  const clients = useClients(query, page);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim());
  };

  return (
    <>
      <form role="search" className="search-form" onSubmit={submit}>
        <label className="form-label" htmlFor="client-search">
          Найти клиента
        </label>
        <p className="form-hint" id="client-search-hint">
          Часть имени или почты, ИНН, ОГРН или телефон
        </p>
        <div className="search-row">
          <input
            id="client-search"
            className="input"
            type="search"
            value={draft}
            aria-describedby="client-search-hint"
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button">
            Найти
          </button>
        </div>
      </form>
      {clients.isPending ? (
        <Loading label="Ищем клиентов…" />
      ) : clients.isError ? (
        <Alert tone="error" title="Не удалось найти клиентов">
          {describeError(clients.error)}
        </Alert>
      ) : (clients.data.items ?? []).length === 0 ? (
        <p>Клиентов не найдено.</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table" aria-busy={clients.isFetching || undefined}>
              <caption className="visually-hidden">Найденные клиенты</caption>
              <thead>
                <tr>
                  <th scope="col">Клиент</th>
                  <th scope="col">Тип</th>
                  <th scope="col">ИНН</th>
                  <th scope="col">Почта</th>
                  <th scope="col">Телефон</th>
                  <th scope="col">Способ ответа</th>
                </tr>
              </thead>
              <tbody>
                {(clients.data.items ?? []).map((client) => (
                  <tr key={client.id}>
                    <th scope="row">
                      {client.id ? (
                        <Link to={detailHref(String(client.id))}>{client.name}</Link>
                      ) : (
                        client.name
                      )}
                    </th>
                    <td>{clientTypeLabel(client.type)}</td>
                    <td>{client.inn ?? '—'}</td>
                    <td>{client.email ?? '—'}</td>
                    <td className="nowrap">{client.phone ?? '—'}</td>
                    <td>{channelLabel(client.preferredChannel)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={clients.data.page ?? page}
            totalPages={clients.data.totalPages ?? 1}
            totalItems={clients.data.totalItems ?? 0}
            label="Страницы клиентов"
          />
        </>
      )}
    </>
  );
}
