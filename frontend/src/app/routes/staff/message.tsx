import { Link, useParams } from 'react-router';
import { MessageDetails } from '@/features/messages/components/message-details';
import { MessageWorkflowPanel } from '@/features/messages/components/message-workflow';

/** `/staff/messages/:id`: one message. */
export function MessageRoute() {
  const { id = '' } = useParams();
  return (
    <>
      <p className="back-link">
        <Link to="/staff">← Ко входящим</Link>
      </p>
      <MessageDetails id={id} />
      <MessageWorkflowPanel id={id} />
    </>
  );
}
