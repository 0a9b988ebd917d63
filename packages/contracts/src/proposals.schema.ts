import { z } from 'zod';
import { pageQuery, text, uuid } from './common.schema';
import { LIMITS } from './limits';

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A whole article's replacement text, several paragraphs long. */
export const PROPOSAL_TEXT_MAX = 20_000;

export const tableProposalRequest = z.strictObject({
  clauseId: uuid,
  text: text(PROPOSAL_TEXT_MAX),
  rationale: text(LIMITS.description).optional(),
});
export type TableProposalRequest = z.infer<typeof tableProposalRequest>;

export const rejectProposalRequest = z.strictObject({ reason: text(LIMITS.description) });
export type RejectProposalRequest = z.infer<typeof rejectProposalRequest>;

export const proposalsQuery = pageQuery.extend({
  status: z.enum(PROPOSAL_STATUSES).optional(),
  clauseId: uuid.optional(),
});
export type ProposalsQuery = z.infer<typeof proposalsQuery>;

export interface ProposalView {
  id: string;
  clauseId: string;
  text: string;
  rationale: string | null;
  status: ProposalStatus;
  delegation: { id: string; name: string };
  proposedBy: { id: string; name: string };
  proposedAt: string;
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  /** Why it was rejected. */
  reason: string | null;
}
