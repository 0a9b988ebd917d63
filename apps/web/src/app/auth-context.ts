import type { MeResponse } from '@treaty/contracts';
import { createContext, useContext } from 'react';

export type AuthState =
  | { status: 'loading' }
  /** `signedOut`: the user chose to leave, so the next sign-in should not resume their page. */
  | { status: 'anonymous'; signedOut?: boolean }
  | { status: 'signed-in'; me: MeResponse };

export interface Auth {
  state: AuthState;
  /** Stores a fresh access token and loads who it belongs to; rejects if /api/me refuses it. */
  signIn: (accessToken: string) => Promise<void>;
  signOut: () => void;
  /** Reloads /api/me, e.g. after a change that may add a membership. */
  refresh: () => Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/** For pages behind <RequireAuth>, where a signed-in user is guaranteed. */
export function useMe(): MeResponse {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useMe must be used behind <RequireAuth>');
  return state.me;
}
