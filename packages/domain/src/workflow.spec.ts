import type { Actor } from './policy';
import type { Role } from './roles';
import { STAGES, type Stage } from './stages';
import { checkTransition, decideTransition, guardChecklist, movesFrom, type TransitionGuard, type WorkflowFacts } from './workflow';

/**
 * The moves of PRODUCT.md's workflow, written out by hand so that the test does not read the
 * machine it checks: one stage forward or one back, nothing out of review.
 */
const MOVES: Record<Stage, readonly Stage[]> = {
  'issue-identification': ['stakeholder-engagement'],
  'stakeholder-engagement': ['issue-identification', 'drafting'],
  drafting: ['stakeholder-engagement', 'negotiation'],
  negotiation: ['drafting', 'adoption'],
  adoption: ['negotiation', 'review'],
  review: [],
};

/** A text ready for anything: every guard met. */
const READY: WorkflowFacts = { articleCount: 3, openBrackets: 0, alternatives: 0, articlesNotAgreed: 0, decisionPassed: true };
/** An empty draft, no decision: every guard that looks at facts unmet. */
const EMPTY: WorkflowFacts = { articleCount: 0, openBrackets: 0, alternatives: 0, articlesNotAgreed: 0, decisionPassed: false };

const PEOPLE = ['secretariat', 'head', 'delegate', 'observer', 'non-member', 'admin'] as const;
type Person = (typeof PEOPLE)[number];

const personAs = (who: Person): Actor => {
  if (who === 'non-member') return { userId: 'u', isAdmin: false, membership: null };
  if (who === 'admin') return { userId: 'u', isAdmin: true, membership: null };
  const role: Role = who;
  return {
    userId: 'u',
    isAdmin: false,
    membership: {
      role,
      delegationId: role === 'secretariat' ? null : 'd',
      delegationKind: role === 'secretariat' ? null : role === 'observer' ? 'observer' : 'party',
    },
  };
};

describe('every move, stage × stage × person, with every guard met', () => {
  const cases = STAGES.flatMap((from) => STAGES.flatMap((to) => PEOPLE.map((who) => [from, to, who] as const)));

  it.each(cases)('%s → %s by %s', (from, to, who) => {
    const expected: TransitionGuard | null =
      who !== 'secretariat' ? 'secretariat-moves' : from === to ? 'new-stage' : MOVES[from].includes(to) ? null : 'adjacent-stage';
    const decision = decideTransition(personAs(who), { stage: from, observerAccess: 'open' }, to, READY);
    expect(decision.allowed ? null : decision.guard).toBe(expected);
  });
});

describe('the moves out of each stage', () => {
  it.each(STAGES)('from %s', (from) => {
    expect([...movesFrom(from)].sort()).toEqual([...MOVES[from]].sort());
  });
});

describe('every move of an empty draft with no decision', () => {
  /** The first guard each move fails; forward moves not listed, and all backward moves, pass. */
  const FAILS: Partial<Record<`${Stage} → ${Stage}`, TransitionGuard>> = {
    'drafting → negotiation': 'zero-draft-exists',
    'negotiation → adoption': 'zero-draft-exists',
    'adoption → review': 'decision-passed',
  };
  const moves = STAGES.flatMap((from) => MOVES[from].map((to) => [from, to] as const));

  it.each(moves)('%s → %s', (from, to) => {
    const check = checkTransition(from, to, EMPTY);
    expect(check.allowed ? null : check.guard).toBe(FAILS[`${from} → ${to}`] ?? null);
  });
});

describe('the guards, each met and unmet', () => {
  it.each([
    ['drafting', 'negotiation', { articleCount: 0 }, 'zero-draft-exists', 'there is no zero draft yet: the text has no article'],
    ['negotiation', 'adoption', { articleCount: 0 }, 'zero-draft-exists', 'there is no zero draft yet: the text has no article'],
    ['negotiation', 'adoption', { openBrackets: 3 }, 'no-open-brackets', '3 brackets are still open'],
    ['negotiation', 'adoption', { openBrackets: 1 }, 'no-open-brackets', '1 bracket is still open'],
    ['negotiation', 'adoption', { alternatives: 2 }, 'no-alternatives', '2 sets of alternatives remain to be resolved'],
    ['negotiation', 'adoption', { alternatives: 1 }, 'no-alternatives', '1 set of alternatives remains to be resolved'],
    ['negotiation', 'adoption', { articlesNotAgreed: 4 }, 'all-clauses-agreed', '4 articles are not agreed yet'],
    ['adoption', 'review', { decisionPassed: false }, 'decision-passed', 'no adoption decision has passed'],
  ] as const)('%s → %s with %j fails %s: "%s"', (from, to, unmet, guard, reason) => {
    expect(checkTransition(from, to, READY)).toEqual({ allowed: true });
    expect(checkTransition(from, to, { ...READY, ...unmet })).toEqual({ allowed: false, guard, reason });
  });

  it('names the way a draft may go when a move skips stages', () => {
    expect(checkTransition('drafting', 'adoption', READY)).toEqual({
      allowed: false,
      guard: 'adjacent-stage',
      reason: 'a draft moves one stage at a time: from drafting, forward to negotiation or back to stakeholder-engagement',
    });
    expect(checkTransition('review', 'adoption', READY)).toMatchObject({ guard: 'adjacent-stage', reason: expect.stringContaining('review is final') });
    expect(checkTransition('negotiation', 'negotiation', READY)).toMatchObject({ guard: 'new-stage', reason: 'the draft is already in the negotiation stage' });
  });

  it('moves back without looking at the text: a failed vote returns the draft to negotiation', () => {
    const worst: WorkflowFacts = { articleCount: 0, openBrackets: 9, alternatives: 9, articlesNotAgreed: 9, decisionPassed: false };
    expect(checkTransition('adoption', 'negotiation', worst)).toEqual({ allowed: true });
    expect(guardChecklist('adoption', 'negotiation', worst)).toEqual([]);
  });
});

describe('the checklist of a move', () => {
  it('lists the guards of adoption in order, each met or not, with its numbers', () => {
    const facts: WorkflowFacts = { articleCount: 12, openBrackets: 5, alternatives: 0, articlesNotAgreed: 1, decisionPassed: false };
    expect(guardChecklist('negotiation', 'adoption', facts)).toEqual([
      { guard: 'zero-draft-exists', met: true, reason: 'the text has 12 articles' },
      { guard: 'no-open-brackets', met: false, reason: '5 brackets are still open' },
      { guard: 'no-alternatives', met: true, reason: 'no alternatives remain' },
      { guard: 'all-clauses-agreed', met: false, reason: '1 article is not agreed yet' },
    ]);
  });

  it('lists nothing for a move without guards, and the one unmet rule for a move the machine lacks', () => {
    expect(guardChecklist('issue-identification', 'stakeholder-engagement', EMPTY)).toEqual([]);
    expect(guardChecklist('issue-identification', 'negotiation', READY)).toEqual([
      { guard: 'adjacent-stage', met: false, reason: expect.any(String) },
    ]);
  });
});
