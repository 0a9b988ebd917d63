import type { MeResponse } from '@treaty/contracts';
import type { Actor } from '@treaty/domain';

/**
 * The caller as the domain policy sees them inside one negotiation. The web asks the same
 * `can(...)` the API enforces, only to decide which forms to offer; the API still decides.
 */
export function actorIn(me: MeResponse, negotiationId: string): Actor {
  const membership = me.memberships.find((m) => m.negotiationId === negotiationId);
  return {
    userId: me.user.id,
    isAdmin: me.user.isAdmin,
    membership: membership
      ? {
          role: membership.role,
          delegationId: membership.delegation?.id ?? null,
          delegationKind: membership.delegation?.kind ?? null,
        }
      : null,
  };
}
