import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { CLIENT_ROLES, KNOWLEDGE_ROLES, MAILROOM_ROLES, STAFF_ROLES } from '@/lib/auth';
import { AuthCallbackRoute } from './routes/auth-callback';
import { NotFoundRoute } from './routes/not-found';
import { HomeRoute } from './routes/portal/home';
import { MyMessagesRoute } from './routes/portal/my-messages';
import { ProfileRoute } from './routes/portal/profile';
import { StatusRoute } from './routes/portal/status';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';
import { ClientRoute, NewClientRoute } from './routes/staff/client';
import { ClientsRoute } from './routes/staff/clients';
import { InboxRoute } from './routes/staff/inbox';

// The knowledge pages (and their Markdown renderer) load on first visit, keeping the portal light.
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
            path: 'faq',
            lazy: async () => ({ Component: (await import('./routes/portal/faq')).FaqRoute }),
          },
          {
            path: 'faq/:id',
            lazy: async () => ({
              Component: (await import('./routes/portal/faq-article')).FaqArticleRoute,
            }),
          },
          {
            path: 'my',
            element: <RequireAuth roles={CLIENT_ROLES} area="Мои обращения" />,
            children: [{ index: true, element: <MyMessagesRoute /> }],
          },
          {
            path: 'profile',
            element: <RequireAuth roles={CLIENT_ROLES} area="Мой профиль" />,
            children: [{ index: true, element: <ProfileRoute /> }],
          },
          { path: 'status', element: <StatusRoute /> },
          {
            path: 'staff',
            element: <RequireAuth roles={STAFF_ROLES} area="Рабочее место сотрудника" />,
            children: [
              { index: true, element: <InboxRoute /> },
              {
                // The message card carries the whole workflow; staff-only, so its own chunk.
                path: 'messages/:id',
                lazy: async () => ({
                  Component: (await import('./routes/staff/message')).MessageRoute,
                }),
              },
              { path: 'clients', element: <ClientsRoute /> },
              { path: 'clients/new', element: <NewClientRoute /> },
              { path: 'clients/:id', element: <ClientRoute /> },
              {
                // Operators only: its own chunk, so the portal loads less.
                path: 'registrations/new',
                lazy: async () => ({
                  Component: (await import('./routes/staff/register-document'))
                    .RegisterDocumentRoute,
                }),
              },
              {
                // Operators only: its own chunk, so the portal loads less.
                path: 'filtered-mail',
                lazy: async () => ({
                  Component: (await import('./routes/staff/filtered-mail')).FilteredMailRoute,
                }),
              },
              {
                // Staff-only and the largest page: its own chunk, so the portal loads less.
                path: 'calendar',
                lazy: async () => ({
                  Component: (await import('./routes/staff/calendar')).CalendarRoute,
                }),
              },
              {
                path: 'notifications',
                lazy: async () => ({
                  Component: (await import('./routes/staff/notifications')).NotificationsRoute,
                }),
              },
              {
                path: 'calls',
                lazy: async () => ({
                  Component: (await import('./routes/staff/calls')).CallsRoute,
                }),
              },
            ],
          },
          {
            path: 'staff/mail',
            element: <RequireAuth roles={MAILROOM_ROLES} area="Почта к отправке" />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('./routes/staff/mailroom')).MailroomRoute,
                }),
              },
            ],
          },
          {
            path: 'staff/templates',
            element: <RequireAuth roles={KNOWLEDGE_ROLES} area="Шаблоны уведомлений" />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('./routes/staff/notification-templates'))
                    .NotificationTemplatesRoute,
                }),
              },
            ],
          },
          {
            path: 'staff/knowledge',
            element: <RequireAuth roles={KNOWLEDGE_ROLES} area="База знаний" />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('./routes/staff/knowledge')).KnowledgeRoute,
                }),
              },
              {
                path: 'search',
                lazy: async () => ({
                  Component: (await import('./routes/staff/knowledge-search')).KnowledgeSearchRoute,
                }),
              },
              {
                path: 'new',
                lazy: async () => ({
                  Component: (await import('./routes/staff/knowledge-edit')).KnowledgeEditRoute,
                }),
              },
              {
                path: 'reviews',
                lazy: async () => ({
                  Component: (await import('./routes/staff/knowledge-reviews'))
                    .KnowledgeReviewsRoute,
                }),
              },
              {
                path: 'gaps',
                lazy: async () => ({
                  Component: (await import('./routes/staff/knowledge-gaps')).KnowledgeGapsRoute,
                }),
              },
              {
                path: 'sections',
                lazy: async () => ({
                  Component: (await import('./routes/staff/knowledge-sections'))
                    .KnowledgeSectionsRoute,
                }),
              },
              {
                path: 'referrals',
                lazy: async () => ({
                  Component: (await import('./routes/staff/knowledge-referrals'))
                    .KnowledgeReferralsRoute,
                }),
              },
              {
                path: 'articles/:id',
                lazy: async () => ({
                  Component: (await import('./routes/staff/knowledge-article'))
                    .KnowledgeArticleRoute,
                }),
              },
              {
                path: 'articles/:id/edit',
                lazy: async () => ({
                  Component: (await import('./routes/staff/knowledge-edit')).KnowledgeEditRoute,
                }),
              },
              {
                path: 'articles/:id/history',
                lazy: async () => ({
                  Component: (await import('./routes/staff/knowledge-history'))
                    .KnowledgeHistoryRoute,
                }),
              },
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
