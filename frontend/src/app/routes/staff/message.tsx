import { Link, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ClientPicker } from '@/features/clients/components/client-picker';
import { useLinkMessageClient } from '@/features/messages/api/link-client-mutation';
import { MessageDetails } from '@/features/messages/components/message-details';
import { describeError } from '@/lib/api-client';
import { MessageWorkflowPanel } from '@/features/messages/components/message-workflow';

/** `/staff/messages/:id`: one message, and linking it to a client of the registry. */
export function MessageRoute() {
  const { id = '' } = useParams();
  return (
    <>
      <p className="back-link">
        <Link to="/staff">← Ко входящим</Link>
      </p>
      <MessageDetails id={id} clientHref={(client) => `/staff/clients/${client}`} />
      <LinkClient messageId={id} />
      <MessageWorkflowPanel id={id} />
      <p>
        <Link to={`/staff/notifications?messageId=${encodeURIComponent(id)}`}>
          Уведомления клиенту по этому обращению
        </Link>
      </p>
    </>
  );
}

function LinkClient({ messageId }: { messageId: string }) {
  const link = useLinkMessageClient(messageId);
  return (
    <section aria-labelledby="link-client-title">
      <h2 id="link-client-title">Клиент обращения</h2>
      {link.isSuccess && (
        <Alert tone="success" title="Обращение привязано">
          Клиент: {link.data.name}.
        </Alert>
      )}
      {link.isError && (
        <Alert tone="error" title="Не удалось привязать">
          {describeError(link.error)}
        </Alert>
      )}
      <ClientPicker onPick={(clientId) => link.mutate(clientId)} busy={link.isPending} />
    </section>
  );
}
