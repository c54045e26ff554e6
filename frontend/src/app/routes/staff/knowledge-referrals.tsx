import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { ReferralDirectory } from '@/features/knowledge/components/referral-directory';
import { Roles, useAuth } from '@/lib/auth';

/** `/staff/knowledge/referrals`: other authorities to refer a caller to (§29). */
export function KnowledgeReferralsRoute() {
  const auth = useAuth();
  return (
    <>
      <p className="back-link">
        <Link to="/staff/knowledge">← К разделам базы знаний</Link>
      </p>
      <PageHeading>Справочник органов для переадресации</PageHeading>
      <ReferralDirectory canEdit={auth.roles.includes(Roles.admin)} />
    </>
  );
}
