import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { SectionsBrowser } from '@/features/knowledge/components/sections-browser';
import { useSections } from '@/features/knowledge/api/sections-query';

/** `/staff/knowledge`: «База знаний» by unit and section. */
export function KnowledgeRoute() {
  const sections = useSections();
  const canWrite = (sections.data ?? []).some((s) => s.editable);
  return (
    <>
      <PageHeading>База знаний</PageHeading>
      <nav className="actions" aria-label="База знаний">
        <Link to="/staff/knowledge/search">Поиск по базе знаний</Link>
        <Link to="/staff/knowledge/reviews">Актуализация разделов</Link>
        <Link to="/staff/knowledge/referrals">Куда переадресовать</Link>
        {canWrite && <Link to="/staff/knowledge/gaps">Пробелы базы знаний</Link>}
        {canWrite && <Link to="/staff/knowledge/sections">Управление разделами</Link>}
        {canWrite && (
          <Link className="button" to="/staff/knowledge/new">
            Новая статья
          </Link>
        )}
      </nav>
      <SectionsBrowser articleHref={(id) => `/staff/knowledge/articles/${id}`} />
    </>
  );
}
