import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { me, setUnauthorizedHandler } from '../lib/api-client';
import { clearToken, readToken, writeToken } from '../lib/token-store';
import { AuthContext, type Auth, type AuthState } from './auth-context';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>(() => (readToken() ? { status: 'loading' } : { status: 'anonymous' }));
  const navigate = useNavigate();
  const location = useLocation();

  // An expired or revoked token surfaces as a 401 on any call; the client has already dropped
  // the token, so we only forget the user and go to the sign-in page, remembering where we were.
  useEffect(
    () =>
      setUnauthorizedHandler(() => {
        setState({ status: 'anonymous' });
        if (location.pathname !== '/login') {
          void navigate('/login', { replace: true, state: { from: location.pathname } });
        }
      }),
    [navigate, location.pathname],
  );

  const hasToken = state.status === 'loading';
  useEffect(() => {
    if (!hasToken) return;
    let current = true;
    me().then(
      (answer) => {
        if (current) setState({ status: 'signed-in', me: answer });
      },
      () => {
        // A 401 was handled above; any other failure leaves us unable to say who this is.
        if (current) setState({ status: 'anonymous' });
      },
    );
    return () => {
      current = false;
    };
  }, [hasToken]);

  const signIn = useCallback(async (accessToken: string) => {
    writeToken(accessToken);
    const answer = await me();
    setState({ status: 'signed-in', me: answer });
  }, []);

  const signOut = useCallback(() => {
    clearToken();
    setState({ status: 'anonymous', signedOut: true });
    void navigate('/login', { replace: true });
  }, [navigate]);

  const refresh = useCallback(async () => {
    const answer = await me();
    setState({ status: 'signed-in', me: answer });
  }, []);

  const auth = useMemo<Auth>(() => ({ state, signIn, signOut, refresh }), [state, signIn, signOut, refresh]);
  return <AuthContext value={auth}>{children}</AuthContext>;
}
