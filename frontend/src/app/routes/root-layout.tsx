import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { LargePrintToggle } from '@/components/ui/large-print-toggle';
import { focusHeadingNow, requestHeadingFocus } from '@/components/ui/page-heading';
import { SkipLink } from '@/components/ui/skip-link';
import {
  CLIENT_ROLES,
  hasAnyRole,
  KNOWLEDGE_ROLES,
  MAILROOM_ROLES,
  Roles,
  STAFF_ROLES,
  useAuth,
} from '@/lib/auth';

/** Moves focus to the new page's heading after client-side navigation (not on first load). */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    requestHeadingFocus();
    const frame = requestAnimationFrame(() => {
      if (!focusHeadingNow()) document.getElementById('main')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

export function RootLayout() {
  useFocusOnNavigate();
  const auth = useAuth();
  const isStaff = hasAnyRole(auth.roles, STAFF_ROLES);
  const readsKnowledge = hasAnyRole(auth.roles, KNOWLEDGE_ROLES);
  const isClient = hasAnyRole(auth.roles, CLIENT_ROLES);
  const runsMailroom = hasAnyRole(auth.roles, MAILROOM_ROLES);
  const registersDocuments = hasAnyRole(auth.roles, [Roles.operator, Roles.admin]);

  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="container header-top">
          <Link to="/" className="brand">
            <span className="brand-name">Отклик</span>
            <span className="brand-separator"> — </span>
            <span className="brand-org">
              Департамент имущества и земельных отношений Новосибирской области
            </span>
          </Link>
          <div className="header-tools">
            <LargePrintToggle />
            <AccountMenu />
          </div>
        </div>
        <nav className="site-nav" aria-label="Основная навигация">
          <ul className="container">
            <li>
              <NavLink to="/" end>
                Написать обращение
              </NavLink>
            </li>
            <li>
              <NavLink to="/faq">Частые вопросы</NavLink>
            </li>
            <li>
              <NavLink to="/status">Проверить статус</NavLink>
            </li>
            {!readsKnowledge && (
              <li>
                <NavLink to="/my">Мои обращения</NavLink>
              </li>
            )}
            {isClient && (
              <li>
                <NavLink to="/profile">Мой профиль</NavLink>
              </li>
            )}
            {(isStaff || !readsKnowledge) && (
              <li>
                <NavLink to="/staff" end={isStaff}>
                  {isStaff ? 'Входящие' : 'Вход для сотрудников'}
                </NavLink>
              </li>
            )}
            {registersDocuments && (
              <li>
                <NavLink to="/staff/registrations/new">Регистрация документа</NavLink>
              </li>
            )}
            {isStaff && (
              <li>
                <NavLink to="/staff/clients">Клиенты</NavLink>
              </li>
            )}
            {isStaff && (
              <li>
                <NavLink to="/staff/calendar">Календарь</NavLink>
              </li>
            )}
            {isStaff && (
              <li>
                <NavLink to="/staff/notifications">Уведомления</NavLink>
              </li>
            )}
            {runsMailroom && (
              <li>
                <NavLink to="/staff/mail">Почта к отправке</NavLink>
              </li>
            )}
            {isStaff && (
              <li>
                <NavLink to="/staff/calls">Звонки клиентам</NavLink>
              </li>
            )}
            {readsKnowledge && (
              <li>
                <NavLink to="/staff/knowledge">База знаний</NavLink>
              </li>
            )}
            {readsKnowledge && (
              <li>
                <NavLink to="/staff/templates">Шаблоны уведомлений</NavLink>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" className="container site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>Департамент имущества и земельных отношений Новосибирской области</p>
          <p>Время на сайте указано по Новосибирску (UTC+7).</p>
        </div>
      </footer>
    </>
  );
}
