import { participantColour } from '@treaty/contracts';
import type { ConnectionAccess } from './connection-access';

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

export function participantOf({ user, membership }: ConnectionAccess, speaksFor: () => Promise<string[]>): Participant {
  return {
    userId: user.id,
    name: user.name,
    delegationId: membership?.delegationId ?? null,
    delegation: membership?.delegation ?? null,
    role: membership?.role ?? null,
    color: participantColour(user.id),
    speaksFor,
  };
}
