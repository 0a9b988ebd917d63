import { can, COMMENT_VISIBILITIES, type Actor, type CommentVisibility, type ObserverAccess, type Stage } from '@treaty/domain';

/** A thread's audience, in a word or two, as its badge shows it. */
export const VISIBILITY_BADGES: Record<CommentVisibility, string> = {
  public: 'Public',
  parties: 'Parties',
  delegation: 'Delegation only',
  secretariat: 'To the secretariat',
};

/** Who will read it, in the words of the person choosing (the secretariat has no delegation of its own). */
export function visibilityLabel(visibility: CommentVisibility, forSecretariat: boolean): string {
  switch (visibility) {
    case 'public':
      return 'Public — everyone who reads the draft';
    case 'parties':
      return 'Parties — the delegations and the secretariat';
    case 'delegation':
      return forSecretariat ? 'Secretariat only' : 'My delegation only';
    case 'secretariat':
      return forSecretariat ? 'Secretariat only' : 'Note to the chair — the secretariat and my delegation';
  }
}

/**
 * The visibilities the policy lets this person comment with now (observers: public only). For
 * the secretariat `delegation` and `secretariat` reach the same readers: one choice is offered.
 */
export function visibilityOptions(actor: Actor, draft: { stage: Stage; observerAccess: ObserverAccess }): { value: CommentVisibility; label: string }[] {
  const forSecretariat = actor.membership?.role === 'secretariat';
  return COMMENT_VISIBILITIES.filter((commentVisibility) => can(actor, 'comment.create', { draft, commentVisibility }))
    .filter((visibility) => !(forSecretariat && visibility === 'delegation'))
    .map((visibility) => ({ value: visibility, label: visibilityLabel(visibility, forSecretariat) }));
}
