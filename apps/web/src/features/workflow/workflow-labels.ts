import type { TransitionGuard } from '@treaty/domain';

/** What each guard asks, as a checklist line; the server's reason follows it with the numbers. */
export const GUARD_LABELS: Record<TransitionGuard, string> = {
  'secretariat-moves': 'The secretariat makes the move',
  'new-stage': 'A stage other than the current one',
  'adjacent-stage': 'One stage at a time',
  'zero-draft-exists': 'A zero draft exists',
  'no-open-brackets': 'No bracket is open',
  'no-alternatives': 'No alternatives remain',
  'all-clauses-agreed': 'Every article is agreed',
  'decision-passed': 'The adoption decision passed',
};
