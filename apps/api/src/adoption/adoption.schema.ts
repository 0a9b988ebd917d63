import { pageQuery, text, uuid, LIMITS, type AdoptionRule } from '@treaty/contracts';
import { z } from 'zod';

// Request schemas and views of the adoption routes. They belong in packages/contracts once the
// web uses them; kept here while this context is the only one that does.

export const VOTES = ['yes', 'no', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

export const castVoteRequest = z.strictObject({ vote: z.enum(VOTES) });
export type CastVoteRequest = z.infer<typeof castVoteRequest>;

export const RESERVATION_KINDS = ['reservation', 'declaration', 'explanation'] as const;
export type ReservationKind = (typeof RESERVATION_KINDS)[number];

export const recordReservationRequest = z.strictObject({
  clauseId: uuid,
  kind: z.enum(RESERVATION_KINDS),
  text: text(LIMITS.description),
});
export type RecordReservationRequest = z.infer<typeof recordReservationRequest>;

export const reservationsQuery = pageQuery;

export interface DelegationName {
  id: string;
  name: string;
}

/** A current objection on something still in the text: under consensus, it alone defeats adoption. */
export interface StandingObjection {
  delegation: DelegationName;
  target: { type: string; id: string };
  text: string | null;
}

export interface AdoptionTally {
  yes: number;
  no: number;
  abstain: number;
  /** Yes plus no: abstentions are not "present and voting" in UN practice. */
  presentAndVoting: number;
  /** The share of those present and voting needed; null under consensus. */
  majority: { numerator: number; denominator: number } | null;
  objections: StandingObjection[];
  /** Whether the decision would pass if taken now (or, once closed, whether it passed). */
  passes: boolean;
}

export interface AdoptionView {
  /** Null until the first vote or the decision opens it. */
  id: string | null;
  status: 'open' | 'passed' | 'failed';
  rule: AdoptionRule;
  openedAt: string | null;
  closedAt: string | null;
  tally: AdoptionTally;
  /** Each delegation's vote is public, as in UN practice. */
  votes: { delegation: DelegationName; vote: Vote; castAt: string }[];
  /** The number of the Adopted text revision a passed decision issued. */
  adoptedRevision: number | null;
}

export interface ReservationView {
  id: string;
  clauseId: string;
  kind: ReservationKind;
  text: string;
  delegation: DelegationName;
  recordedBy: { id: string; name: string };
  recordedAt: string;
  /** The Adopted text revision it is recorded on. */
  revisionNumber: number;
}
