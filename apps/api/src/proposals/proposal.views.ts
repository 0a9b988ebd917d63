import type { ProposalView } from '@treaty/contracts';
import type { Proposal } from './proposal.entity';

/** Readers see who tabled it (delegation and member) and why, and how it was decided. */
export const toProposalView = (p: Proposal): ProposalView => ({
  id: p.id,
  clauseId: p.clauseId,
  text: p.text,
  rationale: p.rationale,
  status: p.status,
  delegation: { id: p.delegationId, name: p.delegation?.name ?? '' },
  proposedBy: { id: p.proposedById, name: p.proposedBy?.name ?? '' },
  proposedAt: p.createdAt.toISOString(),
  decidedBy: p.decidedById ? { id: p.decidedById, name: p.decidedBy?.name ?? '' } : null,
  decidedAt: p.decidedAt?.toISOString() ?? null,
  reason: p.reason,
});
