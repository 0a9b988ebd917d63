import type { DraftAction } from './actions';
import type { Stage } from './stages';

/**
 * The permission matrix of PRODUCT.md as data: for each stage, what each column may do.
 * `party` covers heads and delegates; rights only a head has are listed under `head`.
 * Observer reading of the live text in negotiation depends on the draft's observer access
 * and is decided in `policy.ts`.
 */
export type MatrixColumn = 'secretariat' | 'party' | 'head' | 'observer';

type Row = Readonly<Record<MatrixColumn, readonly DraftAction[]>>;

// Citing an instrument annotates the text without changing it, so it is open in every stage,
// agreed clauses and the adopted text included (their concordance is what readers look up).
const SECRETARIAT_ALWAYS: readonly DraftAction[] = ['draft.manage', 'draft.transition', 'text.read', 'revision.read', 'citation.add'];
const PARTY_ALWAYS: readonly DraftAction[] = ['text.read', 'revision.read', 'citation.add'];

export const PERMISSION_MATRIX: Readonly<Record<Stage, Row>> = {
  'issue-identification': {
    secretariat: [...SECRETARIAT_ALWAYS, 'text.edit', 'comment.create'],
    party: [...PARTY_ALWAYS, 'comment.create'],
    head: [],
    observer: [],
  },
  'stakeholder-engagement': {
    secretariat: [...SECRETARIAT_ALWAYS, 'text.edit', 'comment.create'],
    party: [...PARTY_ALWAYS, 'comment.create'],
    head: [],
    observer: ['text.read', 'revision.read', 'comment.create'],
  },
  drafting: {
    secretariat: [...SECRETARIAT_ALWAYS, 'text.edit', 'comment.create', 'proposal.manage'],
    party: [...PARTY_ALWAYS, 'comment.create', 'amendment.propose'],
    head: [],
    observer: ['text.read', 'revision.read', 'comment.create'],
  },
  negotiation: {
    secretariat: [
      ...SECRETARIAT_ALWAYS,
      'text.edit',
      'comment.create',
      'bracket.resolve',
      'clause.status',
      'round.manage',
      'proposal.manage',
    ],
    party: [
      ...PARTY_ALWAYS,
      'text.edit',
      'comment.create',
      'bracket.create',
      'alternative.table',
      'position.record',
      'amendment.propose',
    ],
    head: [],
    observer: ['text.read', 'revision.read', 'comment.create'],
  },
  adoption: {
    secretariat: [...SECRETARIAT_ALWAYS, 'decision.record'],
    party: [...PARTY_ALWAYS, 'position.record'],
    head: ['vote.cast'],
    observer: ['text.read', 'revision.read'],
  },
  review: {
    secretariat: [...SECRETARIAT_ALWAYS, 'comment.create', 'proposal.manage'],
    party: [...PARTY_ALWAYS, 'comment.create', 'amendment.propose'],
    head: ['reservation.record'],
    observer: ['text.read', 'revision.read', 'comment.create'],
  },
};
