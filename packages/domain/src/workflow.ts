import { decide, type Actor, type PolicyContext } from './policy';
import { STAGES, type Stage } from './stages';

/**
 * The workflow of PRODUCT.md as a pure state machine. A draft moves one stage at a time, in
 * either direction, so that every step is recorded with its own reason in the history.
 * Forward moves pass the target stage's guards; backward moves (a failed vote:
 * adoption → negotiation) need only their reason. Review is final: the draft reaches it only
 * once the adoption decision passed and the text is frozen as the Adopted text, so moving back
 * would reopen an adopted treaty; after adoption the text changes through amendment proposals.
 */

/** What the guards look at, taken from the live text and the adoption decision. */
export interface WorkflowFacts {
  articleCount: number;
  openBrackets: number;
  /** Sets of competing options not yet resolved to one. */
  alternatives: number;
  /** Articles neither agreed nor agreed ad referendum. */
  articlesNotAgreed: number;
  /** Whether the adoption decision passed; the adoption context supplies it. */
  decisionPassed: boolean;
}

/** Stable names of what a move must satisfy; clients key on them. */
export const TRANSITION_GUARDS = [
  'secretariat-moves',
  'new-stage',
  'adjacent-stage',
  'zero-draft-exists',
  'no-open-brackets',
  'no-alternatives',
  'all-clauses-agreed',
  'decision-passed',
] as const;
export type TransitionGuard = (typeof TRANSITION_GUARDS)[number];

export interface GuardCheck {
  guard: TransitionGuard;
  met: boolean;
  /** A sentence for people, with the numbers behind the answer. */
  reason: string;
}

export type TransitionCheck = { allowed: true } | { allowed: false; guard: TransitionGuard; reason: string };

type StageGuard = Exclude<TransitionGuard, 'secretariat-moves' | 'new-stage' | 'adjacent-stage'>;

/**
 * What entering each stage asks, going forward. Adoption also asks for an article: with none,
 * "every clause is agreed" would hold for a text emptied during negotiation.
 */
const FORWARD_GUARDS: Readonly<Record<Stage, readonly StageGuard[]>> = {
  'issue-identification': [],
  'stakeholder-engagement': [],
  drafting: [],
  negotiation: ['zero-draft-exists'],
  adoption: ['zero-draft-exists', 'no-open-brackets', 'no-alternatives', 'all-clauses-agreed'],
  review: ['decision-passed'],
};

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const GUARD_CHECKS: Readonly<Record<StageGuard, (facts: WorkflowFacts) => Omit<GuardCheck, 'guard'>>> = {
  'zero-draft-exists': ({ articleCount: n }) =>
    n > 0
      ? { met: true, reason: `the text has ${count(n, 'article', 'articles')}` }
      : { met: false, reason: 'there is no zero draft yet: the text has no article' },
  'no-open-brackets': ({ openBrackets: n }) =>
    n === 0
      ? { met: true, reason: 'no bracket is open' }
      : { met: false, reason: `${count(n, 'bracket is', 'brackets are')} still open` },
  'no-alternatives': ({ alternatives: n }) =>
    n === 0
      ? { met: true, reason: 'no alternatives remain' }
      : { met: false, reason: `${count(n, 'set of alternatives remains', 'sets of alternatives remain')} to be resolved` },
  'all-clauses-agreed': ({ articlesNotAgreed: n }) =>
    n === 0
      ? { met: true, reason: 'every article is agreed or agreed ad referendum' }
      : { met: false, reason: `${count(n, 'article is', 'articles are')} not agreed yet` },
  'decision-passed': ({ decisionPassed }) =>
    decisionPassed
      ? { met: true, reason: 'the adoption decision passed' }
      : { met: false, reason: 'no adoption decision has passed' },
};

const indexOf = (stage: Stage): number => STAGES.indexOf(stage);

/** The stages a draft can move to from `from`: the next one, then the previous one; none from review. */
export function movesFrom(from: Stage): Stage[] {
  if (from === 'review') return [];
  return [STAGES[indexOf(from) + 1], STAGES[indexOf(from) - 1]].filter((stage) => stage !== undefined);
}

/** The refusal of a move the machine does not have at all, whatever the facts; null if it has it. */
function unknownMove(from: Stage, to: Stage): GuardCheck | null {
  if (from === to) return { guard: 'new-stage', met: false, reason: `the draft is already in the ${from} stage` };
  if (movesFrom(from).includes(to)) return null;
  if (from === 'review') {
    return { guard: 'adjacent-stage', met: false, reason: 'review is final: the text was adopted and does not move back' };
  }
  const ways = movesFrom(from)
    .map((stage) => (indexOf(stage) > indexOf(from) ? `forward to ${stage}` : `back to ${stage}`))
    .join(' or ');
  return { guard: 'adjacent-stage', met: false, reason: `a draft moves one stage at a time: from ${from}, ${ways}` };
}

/**
 * The guards of the move from → to, each with whether the facts meet it: what the workflow
 * panel shows as a checklist. A move the machine lacks lists its one unmet guard; a backward
 * move lists none.
 */
export function guardChecklist(from: Stage, to: Stage, facts: WorkflowFacts): GuardCheck[] {
  const refused = unknownMove(from, to);
  if (refused) return [refused];
  if (indexOf(to) < indexOf(from)) return [];
  return FORWARD_GUARDS[to].map((guard) => ({ guard, ...GUARD_CHECKS[guard](facts) }));
}

/** Whether the move from → to is allowed now; if not, the first guard it fails. */
export function checkTransition(from: Stage, to: Stage, facts: WorkflowFacts): TransitionCheck {
  const failed = guardChecklist(from, to, facts).find((check) => !check.met);
  return failed ? { allowed: false, guard: failed.guard, reason: failed.reason } : { allowed: true };
}

/** The whole answer for one person: the role (the one policy), then the machine and its guards. */
export function decideTransition(
  actor: Actor,
  draft: NonNullable<PolicyContext['draft']>,
  to: Stage,
  facts: WorkflowFacts,
): TransitionCheck {
  const role = decide(actor, 'draft.transition', { draft });
  if (!role.allowed) return { allowed: false, guard: 'secretariat-moves', reason: role.reason };
  return checkTransition(draft.stage, to, facts);
}
