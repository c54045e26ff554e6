import { PageHeading } from '@/components/ui/page-heading';
import { TemplateEditor } from '@/features/notifications/components/template-editor';
import { Roles, useAuth } from '@/lib/auth';

/** `/staff/templates`: «Шаблоны уведомлений». */
export function NotificationTemplatesRoute() {
  const auth = useAuth();
  return (
    <>
      <PageHeading>Шаблоны уведомлений</PageHeading>
      <TemplateEditor isAdmin={auth.roles.includes(Roles.admin)} />
    </>
  );
}
