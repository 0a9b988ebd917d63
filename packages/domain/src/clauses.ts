/** A clause's standing in the negotiation; an agreed clause is locked. */
export const CLAUSE_STATUSES = ['open', 'agreed-ad-ref', 'agreed'] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

/** Why a delegation brackets text. */
export const BRACKET_REASONS = ['delete', 'modify', 'linked'] as const;
export type BracketReason = (typeof BRACKET_REASONS)[number];
