import type { MeResponse } from '@treaty/contracts';
import type { Actor } from '@treaty/domain';

/**
 * The caller as the policy sees them for the registry: the admin, or a secretariat somewhere.
 * The web asks only to decide whether to offer the form; the API decides.
 */
export const registryActor = (me: MeResponse): Actor => ({
  userId: me.user.id,
  isAdmin: me.user.isAdmin,
  servesAsSecretariat: me.memberships.some((m) => m.role === 'secretariat'),
});
