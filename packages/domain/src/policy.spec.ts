import { DRAFT_ACTIONS, type DraftAction } from './actions';
import { allowedDraftActions, can, decide, seesDraft, type Actor } from './policy';
import type { Role } from './roles';
import { STAGES, type ObserverAccess, type Stage } from './stages';

/**
 * The matrix of PRODUCT.md, written out again by hand so that the test does not read the
 * table it checks: every stage × role × draft action is asserted below.
 */
const R = ['text.read', 'revision.read'] as const;
// Citing a registered instrument is open to the secretariat and parties in every stage.
const EXPECTED: Record<Stage, Record<Role, readonly DraftAction[]>> = {
  'issue-identification': {
    secretariat: [...R, 'citation.add', 'draft.manage', 'draft.transition', 'text.edit', 'comment.create'],
    head: [...R, 'citation.add', 'comment.create'],
    delegate: [...R, 'citation.add', 'comment.create'],
    observer: [],
  },
  'stakeholder-engagement': {
    secretariat: [...R, 'citation.add', 'draft.manage', 'draft.transition', 'text.edit', 'comment.create'],
    head: [...R, 'citation.add', 'comment.create'],
    delegate: [...R, 'citation.add', 'comment.create'],
    observer: [...R, 'comment.create'],
  },
  drafting: {
    secretariat: [...R, 'citation.add', 'draft.manage', 'draft.transition', 'text.edit', 'comment.create', 'proposal.manage'],
    head: [...R, 'citation.add', 'comment.create', 'amendment.propose'],
    delegate: [...R, 'citation.add', 'comment.create', 'amendment.propose'],
    observer: [...R, 'comment.create'],
  },
  negotiation: {
    secretariat: [
      ...R,
      'citation.add',
      'draft.manage', 'draft.transition',
      'text.edit',
      'comment.create',
      'bracket.resolve',
      'clause.status',
      'round.manage',
      'proposal.manage',
    ],
    head: [...R, 'citation.add', 'text.edit', 'comment.create', 'bracket.create', 'alternative.table', 'position.record', 'amendment.propose'],
    delegate: [...R, 'citation.add', 'text.edit', 'comment.create', 'bracket.create', 'alternative.table', 'position.record', 'amendment.propose'],
    observer: [...R, 'comment.create'],
  },
  adoption: {
    secretariat: [...R, 'citation.add', 'draft.manage', 'draft.transition', 'decision.record'],
    head: [...R, 'citation.add', 'position.record', 'vote.cast'],
    delegate: [...R, 'citation.add', 'position.record'],
    observer: [...R],
  },
  review: {
    secretariat: [...R, 'citation.add', 'draft.manage', 'draft.transition', 'comment.create', 'proposal.manage'],
    head: [...R, 'citation.add', 'comment.create', 'amendment.propose', 'reservation.record'],
    delegate: [...R, 'citation.add', 'comment.create', 'amendment.propose'],
    observer: [...R, 'comment.create'],
  },
};

const member = (role: Role): Actor => ({
  userId: 'u',
  isAdmin: false,
  membership: {
    role,
    delegationId: role === 'secretariat' ? null : 'd',
    delegationKind: role === 'secretariat' ? null : role === 'observer' ? 'observer' : 'party',
  },
});

const draftAt = (stage: Stage, observerAccess: ObserverAccess = 'open') => ({ draft: { stage, observerAccess } });

describe('the permission matrix, stage × role × action', () => {
  const cases = STAGES.flatMap((stage) =>
    (['secretariat', 'head', 'delegate', 'observer'] as const).flatMap((role) =>
      DRAFT_ACTIONS.map((action) => [stage, role, action, EXPECTED[stage][role].includes(action)] as const),
    ),
  );

  it.each(cases)('in %s a %s doing %s is allowed: %s', (stage, role, action, expected) => {
    expect(can(member(role), action, { ...draftAt(stage), commentVisibility: 'public' })).toBe(expected);
  });
});

describe('observer access to the live text', () => {
  it('is refused in negotiation when only published revisions are open to observers', () => {
    expect(can(member('observer'), 'text.read', draftAt('negotiation', 'published'))).toBe(false);
    expect(can(member('observer'), 'revision.read', draftAt('negotiation', 'published'))).toBe(true);
  });

  it('does not restrict delegations when the draft is closed to observers', () => {
    expect(can(member('delegate'), 'text.read', draftAt('negotiation', 'published'))).toBe(true);
  });

  it('lets observers comment only publicly', () => {
    const observer = member('observer');
    expect(can(observer, 'comment.create', { ...draftAt('drafting'), commentVisibility: 'public' })).toBe(true);
    for (const visibility of ['parties', 'delegation', 'secretariat'] as const) {
      expect(can(observer, 'comment.create', { ...draftAt('drafting'), commentVisibility: visibility })).toBe(false);
    }
  });
});

describe('locked clauses', () => {
  it.each(['text.edit', 'bracket.create', 'alternative.table', 'amendment.propose'] as const)(
    'refuse %s to everyone, the secretariat included',
    (action) => {
      for (const role of ['secretariat', 'head', 'delegate'] as const) {
        expect(can(member(role), action, { ...draftAt('negotiation'), clauseLocked: true })).toBe(false);
      }
    },
  );

  it('still let the secretariat change the clause status (to reopen it)', () => {
    expect(can(member('secretariat'), 'clause.status', { ...draftAt('negotiation'), clauseLocked: true })).toBe(true);
  });
});

describe('negotiation-wide and platform actions', () => {
  const stranger: Actor = { userId: 'x', isAdmin: false, membership: null };
  const admin: Actor = { userId: 'a', isAdmin: true, membership: null };

  it.each([
    ['secretariat', true, true],
    ['head', true, false],
    ['delegate', true, false],
    ['observer', true, false],
  ] as const)('a %s reads the negotiation: %s, manages it and reads its audit: %s', (role, reads, manages) => {
    expect(can(member(role), 'negotiation.read')).toBe(reads);
    expect(can(member(role), 'negotiation.manage')).toBe(manages);
    expect(can(member(role), 'audit.read')).toBe(manages);
  });

  it('gives a non-member nothing, not even reading', () => {
    expect(decide(stranger, 'negotiation.read')).toEqual({ allowed: false, reason: 'not a member of this negotiation' });
    expect(can(stranger, 'text.read', draftAt('drafting'))).toBe(false);
  });

  it('lets only the admin create users and negotiations', () => {
    expect(can(admin, 'user.create')).toBe(true);
    expect(can(admin, 'negotiation.create')).toBe(true);
    expect(can(member('secretariat'), 'user.create')).toBe(false);
    expect(can(member('secretariat'), 'negotiation.create')).toBe(false);
  });

  it('gives the admin no draft rights inside a negotiation they are not a member of', () => {
    expect(can(admin, 'text.read', draftAt('drafting'))).toBe(false);
  });

  it('refuses a membership whose delegation kind does not fit its role', () => {
    const misfiled: Actor = { userId: 'u', isAdmin: false, membership: { role: 'head', delegationId: 'd', delegationKind: 'observer' } };
    expect(can(misfiled, 'text.read', draftAt('drafting'))).toBe(false);
  });

  it('explains a refusal with the role, action and stage', () => {
    expect(decide(member('observer'), 'text.edit', draftAt('negotiation'))).toEqual({
      allowed: false,
      reason: 'the observer role may not text.edit in the negotiation stage',
    });
  });
});

describe('the frameworks registry', () => {
  it('is kept by the admin and by whoever is the secretariat of some negotiation', () => {
    expect(can({ userId: 'a', isAdmin: true }, 'framework.register')).toBe(true);
    expect(can({ userId: 's', isAdmin: false, servesAsSecretariat: true }, 'framework.register')).toBe(true);
  });

  it('is not kept by delegates, observers or anyone else', () => {
    expect(decide({ userId: 'd', isAdmin: false, servesAsSecretariat: false }, 'framework.register')).toEqual({
      allowed: false,
      reason: 'only a platform admin or a secretariat may do this',
    });
    expect(can({ userId: 'x', isAdmin: false }, 'framework.register')).toBe(false);
  });
});

describe('the draft as a person sees it', () => {
  it('lists exactly the actions the matrix grants', () => {
    expect(allowedDraftActions(member('delegate'), { stage: 'adoption', observerAccess: 'open' }).sort()).toEqual(
      [...EXPECTED.adoption.delegate].sort(),
    );
  });

  it('hides a draft from observers while its issues are identified, not once published revisions are all they get', () => {
    expect(seesDraft(allowedDraftActions(member('observer'), { stage: 'issue-identification', observerAccess: 'open' }))).toBe(false);
    expect(seesDraft(allowedDraftActions(member('observer'), { stage: 'negotiation', observerAccess: 'published' }))).toBe(true);
  });
});
