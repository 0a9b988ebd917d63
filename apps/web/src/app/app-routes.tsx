import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { AuditRoute } from '../features/audit/audit-route';
import { LoginPage } from '../features/identity/login-page';
import { MyNegotiationsPage } from '../features/negotiations/my-negotiations-page';
import { NegotiationRoute } from '../features/negotiations/negotiation-route';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';

// The editor (TipTap, ProseMirror, Yjs) is most of the app's weight; only draft pages need it.
const DraftRoute = lazy(() => import('../features/drafts/draft-route').then((module) => ({ default: module.DraftRoute })));
const BracketDashboardRoute = lazy(() =>
  import('../features/negotiating/bracket-dashboard-page').then((module) => ({ default: module.BracketDashboardRoute })),
);
const RevisionsRoute = lazy(() => import('../features/revisions/revisions-page').then((module) => ({ default: module.RevisionsRoute })));
const RevisionCompareRoute = lazy(() =>
  import('../features/revisions/revision-compare-page').then((module) => ({ default: module.RevisionCompareRoute })),
);

const SearchPage = lazy(() => import('../features/search/search-page').then((module) => ({ default: module.SearchPage })));

// The registry's charts (recharts) are needed on that page only.
const FrameworksPage = lazy(() => import('../features/frameworks/frameworks-page').then((module) => ({ default: module.FrameworksPage })));

const loadingDraft = (
  <p className="page-status" role="status">
    Loading the editor…
  </p>
);

const loadingPage = (
  <p className="page-status" role="status">
    Loading…
  </p>
);

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
      {
        path: '/negotiations/:id/audit',
        element: (
          <RequireAuth>
            <AuditRoute />
          </RequireAuth>
        ),
      },
      {
        path: '/drafts/:id',
        element: (
          <RequireAuth>
            <Suspense fallback={loadingDraft}>
              <DraftRoute />
            </Suspense>
          </RequireAuth>
        ),
      },
      {
        path: '/drafts/:id/brackets',
        element: (
          <RequireAuth>
            <Suspense fallback={loadingDraft}>
              <BracketDashboardRoute />
            </Suspense>
          </RequireAuth>
        ),
      },
      {
        path: '/drafts/:id/revisions',
        element: (
          <RequireAuth>
            <Suspense fallback={loadingPage}>
              <RevisionsRoute />
            </Suspense>
          </RequireAuth>
        ),
      },
      {
        path: '/drafts/:id/revisions/compare',
        element: (
          <RequireAuth>
            <Suspense fallback={loadingPage}>
              <RevisionCompareRoute />
            </Suspense>
          </RequireAuth>
        ),
      },
      {
        path: '/frameworks',
        element: (
          <RequireAuth>
            <Suspense fallback={loadingPage}>
              <FrameworksPage />
            </Suspense>
          </RequireAuth>
        ),
      },
      {
        path: '/search',
        element: (
          <RequireAuth>
            <Suspense fallback={loadingPage}>
              <SearchPage />
            </Suspense>
          </RequireAuth>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
