import { useState } from 'react';
import type { InboxFilters } from '../api/types';
import { InboxFiltersForm } from './inbox-filters';
import { InboxTable } from './inbox-table';

type Props = {
  page: number;
  detailHref: (id: string) => string;
};

/** The staff inbox with its counters and filters. */
export function InboxView({ page, detailHref }: Props) {
  const [filters, setFilters] = useState<InboxFilters>({});
  return (
    <>
      <InboxFiltersForm key={JSON.stringify(filters)} value={filters} onChange={setFilters} />
      <InboxTable page={page} filters={filters} detailHref={detailHref} />
    </>
  );
}
