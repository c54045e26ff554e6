import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';

/** Shown instead of a page that failed to render. */
export function RouteError() {
  return (
    <>
      <PageHeading>Что-то пошло не так</PageHeading>
      <p>
        Страница не открылась из-за ошибки. Обновите страницу или перейдите на{' '}
        <Link to="/">главную</Link>.
      </p>
    </>
  );
}
