import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';

export function NotFoundRoute() {
  return (
    <>
      <PageHeading>Страница не найдена</PageHeading>
      <p>
        Проверьте адрес или перейдите на <Link to="/">главную страницу</Link>.
      </p>
    </>
  );
}
