import type { DraftAccess } from '../access/draft-access';
import type { AuthUser } from '../identity/auth-user';

/** Who a connection speaks for in awareness: taken from the token, never from the client. */
export interface Participant {
  userId: string;
  name: string;
  delegationId: string | null;
  delegation: string | null;
  role: string | null;
  color: string;
}

// Distinct, legible caret colours; a user keeps theirs across sessions.
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];

function colourOf(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#1f77b4';
}

export function participantOf(user: AuthUser, access: DraftAccess): Participant {
  return {
    userId: user.id,
    name: user.name,
    delegationId: access.membership?.delegationId ?? null,
    delegation: access.membership?.delegation?.name ?? null,
    role: access.membership?.role ?? null,
    color: colourOf(user.id),
  };
}
