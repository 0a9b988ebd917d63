import { withinAudience, type Audience } from './audience';
import type { Membership } from './policy';

const A = 'delegation-a';
const B = 'delegation-b';
const people: Record<string, Membership> = {
  secretariat: { role: 'secretariat', delegationId: null, delegationKind: null },
  'head of A': { role: 'head', delegationId: A, delegationKind: 'party' },
  'delegate of A': { role: 'delegate', delegationId: A, delegationKind: 'party' },
  'delegate of B': { role: 'delegate', delegationId: B, delegationKind: 'party' },
  observer: { role: 'observer', delegationId: 'obs', delegationKind: 'observer' },
};

// Written out by hand from PRODUCT.md's comment visibilities, not derived from the code.
const expected: [Audience, string[]][] = [
  [{ visibility: 'public', delegationId: A }, ['secretariat', 'head of A', 'delegate of A', 'delegate of B', 'observer']],
  [{ visibility: 'parties', delegationId: A }, ['secretariat', 'head of A', 'delegate of A', 'delegate of B']],
  [{ visibility: 'delegation', delegationId: A }, ['head of A', 'delegate of A']],
  [{ visibility: 'secretariat', delegationId: A }, ['secretariat', 'head of A', 'delegate of A']],
  [{ visibility: 'delegation', delegationId: null }, ['secretariat']],
  [{ visibility: 'secretariat', delegationId: null }, ['secretariat']],
];

describe('who is within an audience', () => {
  it.each(expected)('%j reaches exactly %j', (audience, reached) => {
    const within = Object.entries(people)
      .filter(([, membership]) => withinAudience(membership, audience))
      .map(([who]) => who);
    expect(within).toEqual(reached);
  });
});
