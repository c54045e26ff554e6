import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { GapsList } from '@/features/knowledge/components/gaps-list';
import { Roles, useAuth } from '@/lib/auth';

/** `/staff/knowledge/gaps`: §35 questions the knowledge base does not answer yet. */
export function KnowledgeGapsRoute() {
  const auth = useAuth();
  const canResolve = auth.roles.includes(Roles.kbEditor) || auth.roles.includes(Roles.admin);
  return (
    <>
      <p className="back-link">
        <Link to="/staff/knowledge">← К разделам базы знаний</Link>
      </p>
      <PageHeading>Пробелы базы знаний</PageHeading>
      <GapsList canResolve={canResolve} />
    </>
  );
}
