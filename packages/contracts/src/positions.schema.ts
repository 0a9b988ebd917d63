import { z } from 'zod';
import { pageQuery, text, uuid } from './common.schema';
import { LIMITS } from './limits';

export const POSITION_STANCES = ['support', 'objection', 'reservation'] as const;
export type PositionStance = (typeof POSITION_STANCES)[number];

/** What a position is about: a clause (article, paragraph, recital), a bracket, or a set of alternatives. */
export const POSITION_TARGET_TYPES = ['clause', 'bracket', 'alternative'] as const;
export type PositionTargetType = (typeof POSITION_TARGET_TYPES)[number];

export const recordPositionRequest = z
  .strictObject({
    target: z.strictObject({ type: z.enum(POSITION_TARGET_TYPES), id: uuid }),
    stance: z.enum(POSITION_STANCES),
    text: text(LIMITS.description).optional(),
  })
  // A reservation is its words: without them there is nothing to carry into the record.
  .refine((v) => v.stance !== 'reservation' || v.text !== undefined, { path: ['text'], message: 'a reservation states its text' });
export type RecordPositionRequest = z.infer<typeof recordPositionRequest>;

/** `?clauseId=` keeps the positions on that clause and on everything inside it. */
export const positionsQuery = pageQuery.extend({ clauseId: uuid.optional() });
export type PositionsQuery = z.infer<typeof positionsQuery>;

export const positionTallyQuery = z.strictObject({ clauseId: uuid.optional() });
export type PositionTallyQuery = z.infer<typeof positionTallyQuery>;

export interface PositionView {
  id: string;
  target: { type: PositionTargetType; id: string };
  /** The clause the target lies in now (the clause itself for a clause); null once it left the text. */
  clauseId: string | null;
  stance: PositionStance;
  text: string | null;
  /** The position is the delegation's; `recordedBy` is the member who stated it. */
  delegation: { id: string; name: string };
  recordedBy: { id: string; name: string };
  recordedAt: string;
}

/** The current stances on one clause, by delegation id: positions on its brackets and alternatives count here too. */
export interface ClauseTally {
  clauseId: string;
  support: string[];
  objection: string[];
  reservation: string[];
}

export interface PositionTallyView {
  clauses: ClauseTally[];
}
