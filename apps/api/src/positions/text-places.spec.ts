import type { TreatyText } from '@treaty/treaty-schema';
import { tallyByClause } from './position.views';
import { placeKey, textPlaces } from './text-places';

const paragraph = (clauseId: string, brackets: string[] = []) => ({
  kind: 'paragraph' as const,
  clauseId,
  number: 1,
  text: 'Words.',
  brackets: brackets.map((id) => ({ id, proposers: [], reason: null, note: null, text: 'W' })),
});

/** A recital; article 1 (open) with a bracketed paragraph and two options; article 2 agreed. */
const TEXT: TreatyText = {
  preamble: [{ clauseId: 'r1', text: 'Recognizing,' }],
  articles: [
    {
      clauseId: 'a1',
      number: 1,
      title: null,
      status: 'open',
      paragraphs: [
        paragraph('p1', ['b1']),
        { kind: 'alternatives', id: 'alt1', number: 2, options: [{ proposers: [], paragraphs: [paragraph('o1', ['b2'])] }] },
      ],
    },
    { clauseId: 'a2', number: 2, title: null, status: 'agreed', paragraphs: [paragraph('p2')] },
  ],
};

describe('where position targets lie in the text', () => {
  const places = textPlaces(TEXT);

  it.each([
    ['clause', 'r1', ['r1'], null],
    ['clause', 'a1', ['a1'], null],
    ['clause', 'p1', ['p1', 'a1'], null],
    ['bracket', 'b1', ['p1', 'a1'], null],
    ['alternative', 'alt1', ['a1'], null],
    ['clause', 'o1', ['o1', 'a1'], null],
    ['bracket', 'b2', ['o1', 'a1'], null],
    ['clause', 'a2', ['a2'], 2],
    ['clause', 'p2', ['p2', 'a2'], 2],
  ] as const)('%s %s lies in %j (locked by article %s)', (type, id, clauses, lockedArticle) => {
    expect(places.get(placeKey(type, id))).toEqual({ clauses, lockedArticle });
  });

  it('knows no target of another kind with the same id', () => {
    expect(places.has(placeKey('bracket', 'p1'))).toBe(false);
    expect(places.has(placeKey('clause', 'alt1'))).toBe(false);
  });
});

describe('the tally by clause', () => {
  const places = textPlaces(TEXT);
  const position = (targetType: 'clause' | 'bracket' | 'alternative', targetId: string, stance: 'support' | 'objection' | 'reservation', delegationId: string) => ({
    targetType,
    targetId,
    stance,
    delegationId,
  });

  it('counts each stance once per delegation towards the innermost clause, in text order, leaving out targets gone from the text', () => {
    const tally = tallyByClause(
      [
        position('clause', 'p2', 'support', 'BOR'),
        position('bracket', 'b1', 'objection', 'AUR'),
        position('clause', 'p1', 'objection', 'AUR'),
        position('alternative', 'alt1', 'reservation', 'CAL'),
        position('bracket', 'gone', 'support', 'AUR'),
      ],
      places,
    );
    expect(tally).toEqual([
      { clauseId: 'a1', support: [], objection: [], reservation: ['CAL'] },
      { clauseId: 'p1', support: [], objection: ['AUR'], reservation: [] },
      { clauseId: 'p2', support: ['BOR'], objection: [], reservation: [] },
    ]);
  });
});
