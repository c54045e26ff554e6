import { PageHeading } from '@/components/ui/page-heading';
import { StatusLookupForm } from '@/features/messages/components/status-lookup-form';

/** `/status`: «Проверить статус обращения» without logging in. */
export function StatusRoute() {
  return (
    <>
      <PageHeading>Проверить статус обращения</PageHeading>
      <p className="lead">
        Введите регистрационный номер и код доступа из квитанции, которую вы получили при подаче
        обращения.
      </p>
      <StatusLookupForm />
    </>
  );
}
