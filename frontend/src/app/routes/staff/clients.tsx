import { Link, useLocation, useNavigate } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { pageFromSearch } from '@/components/ui/pagination';
import { ClientsTable } from '@/features/clients/components/clients-table';

/** `/staff/clients`: «Клиенты» — search and list. */
export function ClientsRoute() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const query = new URLSearchParams(search).get('q') ?? '';
  return (
    <>
      <PageHeading>Клиенты</PageHeading>
      <p>
        <Link to="/staff/clients/new">Зарегистрировать клиента</Link>
      </p>
      <ClientsTable
        key={query}
        query={query}
        page={pageFromSearch(search)}
        onSearch={(q) =>
          navigate(q ? `/staff/clients?q=${encodeURIComponent(q)}` : '/staff/clients')
        }
        detailHref={(id) => `/staff/clients/${id}`}
      />
    </>
  );
}
