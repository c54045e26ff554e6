import { useLocation } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { pageFromSearch } from '@/components/ui/pagination';
import { InboxTable } from '@/features/messages/components/inbox-table';

/** `/staff`: «Входящие». */
export function InboxRoute() {
  const { search } = useLocation();
  return (
    <>
      <PageHeading>Входящие</PageHeading>
      <InboxTable page={pageFromSearch(search)} detailHref={(id) => `/staff/messages/${id}`} />
    </>
  );
}
