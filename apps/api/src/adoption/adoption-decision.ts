import type { AdoptionRule } from '@treaty/contracts';
import type { EntityManager } from 'typeorm';
import type { AdoptionTally } from './adoption.schema';

/** A row of `adoption_decisions`, as PostgreSQL returns it. */
export interface DecisionRow {
  id: string;
  attempt: number;
  rule: AdoptionRule;
  opened_at: Date | string;
  closed_at: Date | string | null;
  outcome: 'passed' | 'failed' | null;
  tally: AdoptionTally | null;
  revision_id: string | null;
}

/**
 * The draft's current stay in adoption: the number of recorded moves out of adoption so far.
 * Leaving adoption (back to negotiation after a failed vote) makes the next stay a new decision.
 */
export const CURRENT_ATTEMPT = `(SELECT count(*)::int FROM draft_transitions WHERE draft_id = $1 AND from_stage = 'adoption')`;

/** The decision of the draft's current stay in adoption, if one was opened. */
export async function currentDecision(manager: EntityManager, draftId: string, forUpdate = false): Promise<DecisionRow | null> {
  const rows: DecisionRow[] = await manager.query(
    `SELECT * FROM adoption_decisions WHERE draft_id = $1 AND attempt = ${CURRENT_ATTEMPT}${forUpdate ? ' FOR UPDATE' : ''}`,
    [draftId],
  );
  return rows[0] ?? null;
}

/** The workflow's `decision-passed` fact: the decision of this stay in adoption passed. */
export async function decisionPassed(manager: EntityManager, draftId: string): Promise<boolean> {
  return (await currentDecision(manager, draftId))?.outcome === 'passed';
}

/** The latest decision of any stay: what a draft that left adoption shows. */
export async function latestDecision(manager: EntityManager, draftId: string): Promise<DecisionRow | null> {
  const rows: DecisionRow[] = await manager.query(`SELECT * FROM adoption_decisions WHERE draft_id = $1 ORDER BY attempt DESC LIMIT 1`, [draftId]);
  return rows[0] ?? null;
}
