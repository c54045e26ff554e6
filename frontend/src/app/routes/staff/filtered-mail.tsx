import { useLocation } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { pageFromSearch } from '@/components/ui/pagination';
import { FilteredMailTable } from '@/features/messages/components/filtered-mail-table';

/** `/staff/filtered-mail`: «Отфильтрованная почта», for the staff who register messages. */
export function FilteredMailRoute() {
  const { search } = useLocation();
  return (
    <>
      <PageHeading>Отфильтрованная почта</PageHeading>
      <p>
        Письма из ящика департамента, которые фильтр счёл автоматическими (автоответы, рассылки,
        письма роботов): они не зарегистрированы, и ответ на них не отправлялся.
      </p>
      <FilteredMailTable
        page={pageFromSearch(search)}
        messageHref={(id) => `/staff/messages/${id}`}
      />
    </>
  );
}
