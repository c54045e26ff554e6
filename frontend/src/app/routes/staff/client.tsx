import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { ClientCard, NewClientForm } from '@/features/clients/components/client-card';
import { ClientMessagesTable } from '@/features/messages/components/client-messages-table';

/** `/staff/clients/:id`: the client card with the client's messages. */
export function ClientRoute() {
  const { id = '' } = useParams();
  return (
    <>
      <p className="back-link">
        <Link to="/staff/clients">← К списку клиентов</Link>
      </p>
      <ClientCard id={id} />
      <section aria-labelledby="client-messages-title">
        <h2 id="client-messages-title">Обращения клиента</h2>
        <ClientMessagesTable clientId={id} detailHref={(message) => `/staff/messages/${message}`} />
      </section>
    </>
  );
}

/** `/staff/clients/new`: a new client card. */
export function NewClientRoute() {
  const navigate = useNavigate();
  return (
    <>
      <p className="back-link">
        <Link to="/staff/clients">← К списку клиентов</Link>
      </p>
      <PageHeading>Новый клиент</PageHeading>
      <NewClientForm onCreated={(id) => navigate(`/staff/clients/${id}`)} />
    </>
  );
}
