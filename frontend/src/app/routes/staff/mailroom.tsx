import { PageHeading } from '@/components/ui/page-heading';
import { Mailroom } from '@/features/notifications/components/mailroom';

/** `/staff/mail`: «Почта к отправке». */
export function MailroomRoute() {
  return (
    <>
      <PageHeading>Почта к отправке</PageHeading>
      <Mailroom />
    </>
  );
}
