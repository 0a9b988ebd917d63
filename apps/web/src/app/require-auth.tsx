import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './auth-context';

/** Keeps signed-out visitors on the sign-in page, and remembers where they were headed. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <p className="page-status" role="status">
        Loading…
      </p>
    );
  }
  if (state.status === 'anonymous') {
    return <Navigate to="/login" replace state={state.signedOut ? null : { from: location.pathname }} />;
  }
  return children;
}
