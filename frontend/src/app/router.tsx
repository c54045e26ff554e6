import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { CLIENT_ROLES, STAFF_ROLES } from '@/lib/auth';
import { AuthCallbackRoute } from './routes/auth-callback';
import { NotFoundRoute } from './routes/not-found';
import { HomeRoute } from './routes/portal/home';
import { MyMessagesRoute } from './routes/portal/my-messages';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';
import { InboxRoute } from './routes/staff/inbox';
import { MessageRoute } from './routes/staff/message';

export const routes = [
  {
    path: '/',
    element: <RootLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRoute /> },
          {
            path: 'my',
            element: <RequireAuth roles={CLIENT_ROLES} area="Мои обращения" />,
            children: [{ index: true, element: <MyMessagesRoute /> }],
          },
          {
            path: 'staff',
            element: <RequireAuth roles={STAFF_ROLES} area="Рабочее место сотрудника" />,
            children: [
              { index: true, element: <InboxRoute /> },
              { path: 'messages/:id', element: <MessageRoute /> },
            ],
          },
          { path: 'auth/callback', element: <AuthCallbackRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
