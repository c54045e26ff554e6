import { useLocation } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { pageFromSearch } from '@/components/ui/pagination';
import { InboxView } from '@/features/messages/components/inbox-view';

/** `/staff`: «Входящие». */
export function InboxRoute() {
  const { search } = useLocation();
  return (
    <>
      <PageHeading>Входящие</PageHeading>
      <InboxView page={pageFromSearch(search)} detailHref={(id) => `/staff/messages/${id}`} />
    </>
  );
}
