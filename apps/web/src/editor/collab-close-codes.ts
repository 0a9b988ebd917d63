/**
 * Close codes of the /collab socket (API.md "Realtime"). The 44xx ones are final: reconnecting
 * with the same token cannot help, and retrying would only hammer the server.
 */
export const COLLAB_CLOSE = {
  /** Bad or expired token: the session is over, sign in again. */
  unauthenticated: 4401,
  /** A malformed message; a reload gets a sound client. */
  malformed: 4400,
  forbidden: 4403,
  notFound: 4404,
  /** Rights changed (the stage moved): reconnect at once and get the new ones. */
  rightsChanged: 4001,
  /** A change of ours was refused and could not be undone in place: start again from the server. */
  refused: 4409,
} as const;

const FINAL = new Set<number>([COLLAB_CLOSE.unauthenticated, COLLAB_CLOSE.malformed, COLLAB_CLOSE.forbidden, COLLAB_CLOSE.notFound, COLLAB_CLOSE.refused]);

export const isFinalClose = (code: number): boolean => FINAL.has(code);

export function describeFinalClose(code: number): string {
  switch (code) {
    case COLLAB_CLOSE.unauthenticated:
      return 'Your session has ended. Please sign in again.';
    case COLLAB_CLOSE.forbidden:
      return 'You do not have access to the live text of this draft.';
    case COLLAB_CLOSE.notFound:
      return 'This draft does not exist, or you do not have access to it.';
    case COLLAB_CLOSE.refused:
      return 'Your last change touched agreed text and was refused. Reload the page to continue from the agreed text.';
    default:
      return 'The connection to the draft was refused. Reload the page to try again.';
  }
}
