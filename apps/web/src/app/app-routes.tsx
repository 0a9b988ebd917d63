import { createBrowserRouter } from 'react-router-dom';
import { LoginPage } from '../features/identity/login-page';
import { MyNegotiationsPage } from '../features/negotiations/my-negotiations-page';
import { NegotiationRoute } from '../features/negotiations/negotiation-route';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        path: '/',
        element: (
          <RequireAuth>
            <MyNegotiationsPage />
          </RequireAuth>
        ),
      },
      {
        path: '/negotiations/:id',
        element: (
          <RequireAuth>
            <NegotiationRoute />
          </RequireAuth>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
