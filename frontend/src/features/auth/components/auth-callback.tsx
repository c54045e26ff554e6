import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { completeLogin, useAuth } from '@/lib/auth';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';

/** `/auth/callback`: finishes the authorization-code exchange and returns to the page asked for. */
export function AuthCallback() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const configured = auth.status !== 'loading';

  useEffect(() => {
    if (!configured) return;
    let active = true;
    completeLogin().then(
      (returnTo) => active && navigate(returnTo, { replace: true }),
      () => active && setFailed(true),
    );
    return () => {
      active = false;
    };
  }, [configured, navigate]);

  if (failed || auth.status === 'unavailable') {
    return (
      <>
        <PageHeading>Вход не выполнен</PageHeading>
        <Alert tone="error" title="Не удалось завершить вход">
          Ссылка для входа устарела или уже использована. <Link to="/">Вернитесь на главную</Link> и
          попробуйте войти ещё раз.
        </Alert>
      </>
    );
  }
  return <Loading label="Завершаем вход…" />;
}
