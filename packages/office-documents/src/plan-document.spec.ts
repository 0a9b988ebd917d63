import type { ParagraphText } from '@treaty/treaty-schema';
import type { Piece } from './document-plan';
import { LIVE_TEXT, planDocument } from './plan-document';
import { sampleSource } from './sample-document-source';

/** The i-th item, which the spec's own data guarantees: a missing one fails the spec. */
function nth<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

/** Pieces as a reader sees them, with note numbers as ^n. */
const read = (pieces: Piece[]) => pieces.map((p) => (p.kind === 'note' ? `^${p.number}` : p.text)).join('');

describe('the layout plan both paper formats print', () => {
  const plan = planDocument(sampleSource());
  const article2 = nth(plan.articles, 1);

  it('places brackets where they open and close: nested inside their parents, phrase options as [a][b]', () => {
    expect(read(nth(article2.paragraphs, 0).pieces)).toBe(
      'Parties shall hold the increase in temperature [well below [1.5]^2[2]^3 °C above pre-industrial levels]^4 [by [2050]^5 at the latest]^6.',
    );
  });

  it('names proposers (never ids), reasons and notes in the notes, numbered in reading order', () => {
    expect(plan.notes.map((n) => n.text)).toEqual([
      'Bracketed by Borealis: wording to be modified.',
      'Option 1 of 2, proposed by Aurelia.',
      'Option 2 of 2, proposed by Northern Coalition.',
      'Bracketed by Aurelia and Borealis.',
      'Bracketed by Borealis: wording to be modified. Linked to the finance article.',
      'Bracketed by Northern Coalition: proposed for deletion.',
      'Option 1 of 2, proposed by Aurelia.',
      'Option 2 of 2, proposed by Borealis and Northern Coalition.',
      'Bracketed by Aurelia: proposed for deletion.',
    ]);
    expect(plan.notes.map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(JSON.stringify(plan)).not.toMatch(/0b3c2f4e-/);
  });

  it('prints a whole-paragraph alternatives block as numbered "Option 1:" / "Option 2:" with their paragraphs indented', () => {
    const block = article2.paragraphs.slice(1, 5).map((p) => [p.label, p.indent, read(p.pieces)]);
    expect(block).toEqual([
      ['2.', 1, 'Option 1:^7'],
      [null, 2, 'Each Party shall report annually.'],
      [null, 1, 'Option 2:^8'],
      [null, 2, 'Each Party shall report [biennially]^9.'],
    ]);
    expect(nth(article2.paragraphs, 5).label).toBe('3.');
  });

  it('numbers articles, marks their status and keeps each section’s own notes and citations with it', () => {
    expect(plan.articles.map((a) => [a.heading, a.title, a.status])).toEqual([
      ['Article 1', 'Definitions', '(agreed)'],
      ['Article 2', 'Objective', null],
      ['Article 3', 'Review', '(agreed ad ref.)'],
    ]);
    expect(plan.preamble.notes.map((n) => n.number)).toEqual([1]);
    expect(article2.notes.map((n) => n.number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(article2.concordance).toEqual(['paragraph 3: United Nations Framework Convention on Climate Change (1992), Article 5(a)']);
    expect(plan.unplacedCitations).toEqual([]);
  });

  it('heads the pages with the symbol and hash of a revision, and says so when the text is live', () => {
    expect(plan.header).toEqual({ symbol: 'TW/2026/1A2B3C4D/Rev.2', label: 'Rev.2', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const live = planDocument({ ...sampleSource(), revision: null });
    expect(live.header).toEqual({ symbol: null, label: LIVE_TEXT, sha256: null });
    expect(live.status).toContain(LIVE_TEXT);
  });

  it('gives a bracket spanning two paragraphs (one id) one note, referred to from both', () => {
    const source = sampleSource();
    const spanning = { id: 'b-span', proposers: [nth(source.parties, 1).id], reason: null, note: null, text: 'x' };
    const paragraph = (number: number): ParagraphText => ({
      kind: 'paragraph',
      clauseId: null,
      number,
      text: 'x',
      brackets: [spanning],
      runs: [{ text: `words ${number}`, brackets: [0] }],
    });
    source.text = { preamble: [], articles: [{ clauseId: null, number: 1, title: null, status: 'open', paragraphs: [paragraph(1), paragraph(2)] }] };
    const planned = planDocument(source);
    expect(nth(planned.articles, 0).paragraphs.map((p) => read(p.pieces))).toEqual(['[words 1]^1', '[words 2]^1']);
    expect(planned.notes).toEqual([{ number: 1, text: 'Bracketed by Borealis.' }]);
  });

  it.each<[string, ParagraphText['runs'], string]>([
    ['a bracket closed and reopened around unbracketed words', [{ text: 'a', brackets: [0] }, { text: ' b ' }, { text: 'c', brackets: [0] }], '[a]^1 b [c]'],
    ['three levels of nesting', [{ text: 'a ', brackets: [0] }, { text: 'b ', brackets: [0, 1] }, { text: 'c', brackets: [0, 1, 2] }, { text: ' d', brackets: [0] }], '[a [b [c]^1]^2 d]^3'],
    ['a bracket inside one phrase option', [{ text: 'x', option: { set: 0, index: 0 } }, { text: 'y', brackets: [0], option: { set: 0, index: 0 } }, { text: 'z', option: { set: 0, index: 1 } }], '[x[y]^1]^2[z]^3'],
  ])('places brackets right for %s', (_, runs, expected) => {
    const source = sampleSource();
    const bracket = (id: string) => ({ id, proposers: [nth(source.parties, 0).id], reason: null, note: null, text: '' });
    source.text = {
      preamble: [],
      articles: [
        {
          clauseId: null,
          number: 1,
          title: null,
          status: 'open',
          paragraphs: [
            {
              kind: 'paragraph',
              clauseId: null,
              number: 1,
              text: '',
              brackets: [bracket('one'), bracket('two'), bracket('three')],
              phraseOptions: [{ id: 's', options: [{ proposers: [nth(source.parties, 0).id], text: '' }, { proposers: [nth(source.parties, 0).id], text: '' }] }],
              runs,
            },
          ],
        },
      ],
    };
    expect(read(nth(nth(planDocument(source).articles, 0).paragraphs, 0).pieces)).toBe(expected);
  });
});
