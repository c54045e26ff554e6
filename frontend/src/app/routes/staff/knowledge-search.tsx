import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { KnowledgeSearch } from '@/features/knowledge/components/knowledge-search';

/** `/staff/knowledge/search?q=…`: search over everything published (§13, §25). */
export function KnowledgeSearchRoute() {
  return (
    <>
      <p className="back-link">
        <Link to="/staff/knowledge">← К разделам базы знаний</Link>
      </p>
      <PageHeading>Поиск по базе знаний</PageHeading>
      <KnowledgeSearch scope="staff" articleHref={(id) => `/staff/knowledge/articles/${id}`} />
    </>
  );
}
