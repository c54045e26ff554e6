import { useLocation } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { pageFromSearch } from '@/components/ui/pagination';
import { MyMessagesTable } from '@/features/messages/components/my-messages-table';

/** `/my`: the logged-in citizen's messages. */
export function MyMessagesRoute() {
  const { search } = useLocation();
  return (
    <>
      <PageHeading>Мои обращения</PageHeading>
      <MyMessagesTable page={pageFromSearch(search)} />
    </>
  );
}
