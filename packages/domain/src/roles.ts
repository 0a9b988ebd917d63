/** A member's role inside one negotiation. Platform admins are not a role here: see `Actor`. */
export const ROLES = ['secretariat', 'head', 'delegate', 'observer'] as const;
export type Role = (typeof ROLES)[number];

/** A delegation is a party (states, regional organisations) or an accredited observer organisation. */
export const DELEGATION_KINDS = ['party', 'observer'] as const;
export type DelegationKind = (typeof DELEGATION_KINDS)[number];

/** Which delegation kind a role requires; the secretariat belongs to none. */
export const DELEGATION_KIND_FOR_ROLE: Readonly<Record<Role, DelegationKind | null>> = {
  secretariat: null,
  head: 'party',
  delegate: 'party',
  observer: 'observer',
};
