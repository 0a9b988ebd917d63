import { participantColour } from '@treaty/contracts';
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
  /**
   * Its delegation and that delegation's coalitions: whom it may name as a proposer. Asked at
   * its first change, not when it connects: most connections only read, and a herd of readers
   * arriving at once should not each pay a query.
   */
  speaksFor: () => Promise<string[]>;
}

export function participantOf(user: AuthUser, access: DraftAccess, speaksFor: () => Promise<string[]>): Participant {
  return {
    userId: user.id,
    name: user.name,
    delegationId: access.membership?.delegationId ?? null,
    delegation: access.membership?.delegation?.name ?? null,
    role: access.membership?.role ?? null,
    color: participantColour(user.id),
    speaksFor,
  };
}
