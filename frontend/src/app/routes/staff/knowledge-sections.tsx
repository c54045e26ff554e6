import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { SectionsManager } from '@/features/knowledge/components/sections-manager';

/** `/staff/knowledge/sections`: create and change sections (§32, §33, §35). */
export function KnowledgeSectionsRoute() {
  return (
    <>
      <p className="back-link">
        <Link to="/staff/knowledge">← К разделам базы знаний</Link>
      </p>
      <PageHeading>Разделы базы знаний</PageHeading>
      <SectionsManager />
    </>
  );
}
