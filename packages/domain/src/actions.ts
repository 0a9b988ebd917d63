/**
 * Everything a person can ask the server to do. Negotiation-wide actions do not depend on a
 * draft's stage; draft actions are governed by the stage row of the permission matrix.
 */
export const PLATFORM_ACTIONS = ['user.create', 'negotiation.create'] as const;

/**
 * Platform-wide reference data (the frameworks registry): kept by the admin and by the
 * secretariat of any negotiation, who registers the instruments its clauses cite.
 */
export const REGISTRY_ACTIONS = ['framework.register'] as const;

export const NEGOTIATION_ACTIONS = [
  'negotiation.read',
  'negotiation.manage', // delegations, members, coalitions, drafts
  'audit.read',
] as const;

export const DRAFT_ACTIONS = [
  'draft.manage', // title, observer access
  'draft.transition',
  'text.read',
  'revision.read',
  'text.edit',
  'comment.create',
  'amendment.propose',
  'proposal.manage',
  'bracket.create',
  'alternative.table',
  'bracket.resolve',
  'clause.status',
  'round.manage',
  'position.record',
  'vote.cast',
  'decision.record',
  'reservation.record',
  'citation.add', // the concordance: a clause cites a provision of a registered instrument
] as const;

export type PlatformAction = (typeof PLATFORM_ACTIONS)[number];
export type RegistryAction = (typeof REGISTRY_ACTIONS)[number];
export type NegotiationAction = (typeof NEGOTIATION_ACTIONS)[number];
export type DraftAction = (typeof DRAFT_ACTIONS)[number];
export type Action = PlatformAction | RegistryAction | NegotiationAction | DraftAction;

export const COMMENT_VISIBILITIES = ['public', 'parties', 'delegation', 'secretariat'] as const;
export type CommentVisibility = (typeof COMMENT_VISIBILITIES)[number];
