import { Link, useParams } from 'react-router';
import { MessageDetails } from '@/features/messages/components/message-details';

/** `/staff/messages/:id`: one message. */
export function MessageRoute() {
  const { id = '' } = useParams();
  return (
    <>
      <p className="back-link">
        <Link to="/staff">← Ко входящим</Link>
      </p>
      <MessageDetails id={id} />
      <p>
        <Link to={`/staff/notifications?messageId=${encodeURIComponent(id)}`}>
          Уведомления клиенту по этому обращению
        </Link>
      </p>
    </>
  );
}
