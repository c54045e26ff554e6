import { useLocation } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { DeliveryLog } from '@/features/notifications/components/delivery-log';
import { hasAnyRole, MAILROOM_ROLES, useAuth } from '@/lib/auth';

/** `/staff/notifications`: «Журнал доставки»; `?messageId=` or `?client=` narrows it. */
export function NotificationsRoute() {
  const { search } = useLocation();
  const auth = useAuth();
  const params = new URLSearchParams(search);
  return (
    <>
      <PageHeading>Журнал доставки уведомлений</PageHeading>
      {params.get('messageId') && <p className="lead">По одному обращению.</p>}
      <DeliveryLog
        key={search}
        initial={{
          messageId: params.get('messageId') ?? undefined,
          client: params.get('client') ?? undefined,
        }}
        canRepair={hasAnyRole(auth.roles, MAILROOM_ROLES)}
      />
    </>
  );
}
