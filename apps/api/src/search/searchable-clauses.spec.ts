import type { TreatyText } from '@treaty/treaty-schema';
import { searchableClauses } from './searchable-clauses';

const paragraph = (clauseId: string | null, number: number | null, text: string) => ({ kind: 'paragraph' as const, clauseId, number, text, brackets: [] });

const TEXT: TreatyText = {
  preamble: [
    { clauseId: 'r1', text: 'Recognising the risks,' },
    { clauseId: null, text: 'A recital from before clause ids' },
  ],
  articles: [
    {
      clauseId: 'a1',
      number: 1,
      title: 'Objective',
      status: 'open',
      paragraphs: [
        paragraph('p1', 1, 'Parties shall cooperate.'),
        paragraph(null, 2, 'A paragraph without an id.'),
        {
          kind: 'alternatives',
          id: 'set',
          number: 3,
          options: [
            { proposers: [], paragraphs: [paragraph('o1', null, 'Option one words.')] },
            { proposers: [], paragraphs: [paragraph('o2', null, 'Option two words.'), paragraph('o3', null, '  ')] },
          ],
        },
      ],
    },
    { clauseId: 'a2', number: 2, title: null, status: 'open', paragraphs: [paragraph('p2', null, 'Unnumbered.')] },
  ],
};

describe('searchableClauses', () => {
  it('lists every clause with words, in reading order, with its article and paragraph numbers', () => {
    expect(searchableClauses(TEXT).map(({ clauseId, articleNumber, paragraphNumber, position, body }) => [clauseId, articleNumber, paragraphNumber, position, body])).toEqual([
      ['r1', null, null, 0, 'Recognising the risks,'],
      ['a1', 1, null, 1, 'Objective'],
      ['p1', 1, 1, 2, 'Parties shall cooperate.'],
      // No id of its own: found through its article's, so a hit still links somewhere.
      ['a1', 1, 2, 3, 'A paragraph without an id.'],
      ['o1', 1, 3, 4, 'Option one words.'],
      ['o2', 1, 3, 5, 'Option two words.'],
      ['p2', 2, null, 6, 'Unnumbered.'],
    ]);
  });
});
