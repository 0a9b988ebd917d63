import type { DelegationRef, DelegationView, MemberView, NegotiationView } from '@treaty/contracts';
import type { Delegation } from './delegation.entity';
import type { Membership } from './membership.entity';
import type { Negotiation } from './negotiation.entity';

export const toDelegationRef = (d: Delegation): DelegationRef => ({ id: d.id, name: d.name, kind: d.kind });

export const toDelegationView = (d: Delegation): DelegationView => ({
  id: d.id,
  negotiationId: d.negotiationId,
  name: d.name,
  kind: d.kind,
  createdAt: d.createdAt.toISOString(),
});

export const toNegotiationView = (n: Negotiation, mine: Membership | null | undefined): NegotiationView => ({
  id: n.id,
  title: n.title,
  description: n.description,
  adoptionRule: n.adoptionRule,
  createdAt: n.createdAt.toISOString(),
  myMembership: mine ? { role: mine.role, delegation: mine.delegation ? toDelegationRef(mine.delegation) : null } : null,
});

/** Needs `user` and `delegation` loaded. */
export const toMemberView = (m: Membership, showEmail: boolean): MemberView => ({
  id: m.id,
  negotiationId: m.negotiationId,
  user: { id: m.userId, name: m.user?.name ?? '', email: showEmail ? (m.user?.email ?? null) : null },
  role: m.role,
  delegation: m.delegation ? toDelegationRef(m.delegation) : null,
  createdAt: m.createdAt.toISOString(),
});
