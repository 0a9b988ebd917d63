/**
 * The access token lives in localStorage so a reload keeps the session. Access is wrapped
 * because storage can throw (private mode, disabled storage) and a sign-in must not crash on it.
 */
const TOKEN_KEY = 'tw.token';

export function readToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function writeToken(token: string): void {
  try {
    window.localStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Without storage the session lasts as long as the page; nothing better can be done.
  }
}

export function clearToken(): void {
  try {
    window.localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Same as above: nothing to clear if storage is unavailable.
  }
}
