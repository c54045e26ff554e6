import { useLocation } from 'react-router';
import { login, logout, useAuth } from '@/lib/auth';

/** Who is logged in, with «Войти» / «Выйти». */
export function AccountMenu() {
  const auth = useAuth();
  const location = useLocation();

  if (auth.status !== 'ready') return null;
  if (!auth.user) {
    return (
      <button
        type="button"
        className="header-button"
        onClick={() => void login(`${location.pathname}${location.search}`)}
      >
        Войти
      </button>
    );
  }
  const profile = auth.user.profile;
  const name = profile.name || profile.preferred_username || 'пользователь';
  return (
    <div className="account">
      <span className="account-name">
        <span className="visually-hidden">Вы вошли как </span>
        {name}
      </span>
      <button type="button" className="header-button" onClick={() => void logout()}>
        Выйти
      </button>
    </div>
  );
}
