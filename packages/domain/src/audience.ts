import type { CommentVisibility } from './actions';
import type { Membership } from './policy';

/**
 * Who may see something inside a draft: a comment, or a live event about one. Scoped like
 * PRODUCT.md's comment visibilities, relative to the delegation it belongs to (null: the
 * secretariat's own). Whether the person sees the draft at all is decided first (`seesDraft`).
 */
export interface Audience {
  visibility: CommentVisibility;
  delegationId: string | null;
}

/** Everyone who sees the draft. */
export const EVERYONE: Audience = { visibility: 'public', delegationId: null };

export function withinAudience(membership: Membership, audience: Audience): boolean {
  const own = membership.role === 'secretariat' ? null : membership.delegationId;
  const sameDelegation = own === audience.delegationId;
  switch (audience.visibility) {
    case 'public':
      return true;
    case 'parties':
      return membership.role !== 'observer';
    case 'delegation':
      // A delegation's own: never the secretariat's, the observers' or another delegation's.
      return sameDelegation;
    case 'secretariat':
      // A note to the chair: the secretariat and the delegation that wrote it.
      return membership.role === 'secretariat' || sameDelegation;
  }
}
