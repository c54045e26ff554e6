import { useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { hasAnyRole, login, logout, useAuth } from '@/lib/auth';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';

type Props = {
  /** Any one of these realm roles lets the person in. */
  roles: readonly string[];
  /** What the person is trying to reach, for the messages below. */
  area: string;
};

/** Route guard: sends anonymous visitors to the OIDC login and back here afterwards. */
export function RequireAuth({ roles, area }: Props) {
  const auth = useAuth();
  const location = useLocation();
  const [loginError, setLoginError] = useState<string | null>(null);
  const returnTo = `${location.pathname}${location.search}${location.hash}`;
  const mustLogin = auth.status === 'ready' && !auth.user;

  useEffect(() => {
    if (mustLogin) {
      login(returnTo).catch(() =>
        setLoginError('Не удалось открыть страницу входа. Попробуйте обновить страницу позже.'),
      );
    }
  }, [mustLogin, returnTo]);

  if (auth.status === 'unavailable' || loginError) {
    return (
      <>
        <PageHeading>{area}</PageHeading>
        <Alert tone="error" title="Вход временно недоступен">
          {loginError ?? 'Сервис входа не отвечает. Попробуйте зайти позже.'}
        </Alert>
      </>
    );
  }
  if (auth.status === 'loading' || !auth.user) {
    return <Loading label="Переходим на страницу входа…" />;
  }
  if (!hasAnyRole(auth.roles, roles)) {
    return (
      <>
        <PageHeading>Недостаточно прав</PageHeading>
        <p>
          Раздел «{area}» недоступен для вашей учётной записи. Если вы вошли не под той учётной
          записью, выйдите и войдите снова.
        </p>
        <button type="button" className="button button-secondary" onClick={() => void logout()}>
          Выйти
        </button>
      </>
    );
  }
  return <Outlet />;
}
