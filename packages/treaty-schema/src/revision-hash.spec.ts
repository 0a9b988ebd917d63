import { canonicalJson } from './revision-hash';
import { countBrackets, countOptions, revisionLabel, revisionSymbol } from './revision-label';
import type { BracketText, ParagraphText, TreatyText } from './treaty-text';

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [2, { d: 'x', c: null }] }, '{"a":[2,{"c":null,"d":"x"}],"b":1}'],
    [{ a: undefined, b: 'é "q"' }, '{"b":"é \\"q\\""}'],
    [[undefined, 1], '[null,1]'],
    ['text', '"text"'],
  ])('serialises %j as %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('does not depend on key order', () => {
    expect(canonicalJson({ x: { q: 1, p: 2 }, y: 3 })).toBe(canonicalJson({ y: 3, x: { p: 2, q: 1 } }));
  });
});

describe('revision names', () => {
  it.each([
    [0, 'Zero draft', 'TW/2026/0A1B2C3D'],
    [1, 'Rev.1', 'TW/2026/0A1B2C3D/Rev.1'],
    [12, 'Rev.12', 'TW/2026/0A1B2C3D/Rev.12'],
  ])('revision %i is %s, symbol %s', (number, label, symbol) => {
    expect(revisionLabel(number)).toBe(label);
    expect(revisionSymbol('0a1b2c3d-0000-4000-8000-000000000000', number, new Date('2026-11-30T10:00:00Z'))).toBe(symbol);
  });
});

describe('bracket and option counts', () => {
  const bracket = (id: string | null): BracketText => ({ id, proposers: [], reason: null, note: null, text: 'x' });
  const para = (brackets: BracketText[]): ParagraphText => ({ kind: 'paragraph', clauseId: null, number: 1, text: 'x', brackets });
  const text: TreatyText = {
    preamble: [],
    articles: [
      { clauseId: 'a1', number: 1, title: null, status: 'open', paragraphs: [para([bracket('b1'), bracket('b2')]), para([bracket('b1'), bracket(null)])] },
      {
        clauseId: 'a2',
        number: 2,
        title: null,
        status: 'open',
        paragraphs: [{ kind: 'alternatives', id: 'alt', number: 1, options: [{ proposers: [], paragraphs: [para([bracket('b3')])] }, { proposers: [], paragraphs: [para([])] }] }],
      },
    ],
  };

  it('counts a bracket once by its id across the text, options included', () => {
    expect(countBrackets(text)).toBe(4);
  });

  it('counts every option of every set of alternatives', () => {
    expect(countOptions(text)).toBe(2);
  });
});
