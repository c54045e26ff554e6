import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { ReviewDashboard } from '@/features/knowledge/components/review-dashboard';

/** `/staff/knowledge/reviews`: §35 dashboard. */
export function KnowledgeReviewsRoute() {
  return (
    <>
      <p className="back-link">
        <Link to="/staff/knowledge">← К разделам базы знаний</Link>
      </p>
      <PageHeading>Актуализация базы знаний</PageHeading>
      <ReviewDashboard />
    </>
  );
}
