import { Link, useLocation } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { pageFromSearch } from '@/components/ui/pagination';
import { InboxView } from '@/features/messages/components/inbox-view';
import { hasAnyRole, Roles, useAuth } from '@/lib/auth';

/** `/staff`: «Входящие». */
export function InboxRoute() {
  const { search } = useLocation();
  const auth = useAuth();
  const registersMessages = hasAnyRole(auth.roles, [Roles.operator, Roles.admin]);
  return (
    <>
      <PageHeading>Входящие</PageHeading>
      {registersMessages && (
        <p>
          <Link to="/staff/filtered-mail">Отфильтрованная почта</Link>: автоответы и рассылки,
          которые не стали обращениями.
        </p>
      )}
      <InboxView page={pageFromSearch(search)} detailHref={(id) => `/staff/messages/${id}`} />
    </>
  );
}
