import { PageHeading } from '@/components/ui/page-heading';
import { CallList } from '@/features/notifications/components/call-list';

/** `/staff/calls`: «Звонки клиентам». */
export function CallsRoute() {
  return (
    <>
      <PageHeading>Звонки клиентам</PageHeading>
      <CallList />
    </>
  );
}
