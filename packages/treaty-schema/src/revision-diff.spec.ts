import { compareRevisions, type ClauseComparison } from './revision-diff';
import type { ArticleText, ParagraphText, TreatyText } from './treaty-text';

const para = (clauseId: string, number: number | null, text: string): ParagraphText => ({ kind: 'paragraph', clauseId, number, text, brackets: [] });
const article = (clauseId: string, number: number, title: string, paragraphs: ArticleText['paragraphs']): ArticleText => ({
  clauseId,
  number,
  title,
  status: 'open',
  paragraphs,
});

const REV1: TreatyText = {
  preamble: [{ clauseId: 'r1', text: 'Recognising the risks,' }],
  articles: [
    article('a1', 1, 'Objective', [para('p1', 1, 'Parties shall cooperate on safety.'), para('p2', 2, 'This paragraph goes.')]),
    article('a2', 2, 'Finance', [
      para('p3', 1, 'Developed countries shall provide finance.'),
      { kind: 'alternatives', id: 'alt', number: 2, options: [{ proposers: ['D1'], paragraphs: [para('o1', null, 'Option one.')] }] },
    ]),
  ],
};

const REV2: TreatyText = {
  preamble: [{ clauseId: 'r1', text: 'Recognising the risks,' }],
  articles: [
    article('a1', 1, 'Objective', [para('p1', 1, 'Parties shall closely cooperate on AI safety.')]),
    article('a3', 2, 'Review', [para('p4', 1, 'The Conference shall review.')]),
    article('a2', 3, 'Finance', [
      para('p3', 1, 'Developed countries shall provide finance.'),
      { kind: 'alternatives', id: 'alt', number: 2, options: [{ proposers: ['D1'], paragraphs: [para('o1', null, 'Option one.')] }] },
    ]),
  ],
};

const byKey = (clauses: ClauseComparison[], key: string) => clauses.find((c) => c.key === key);

describe('compareRevisions', () => {
  const { clauses, totals } = compareRevisions(REV1, REV2);

  it.each([
    ['r1', 'unchanged', false],
    ['a1', 'unchanged', false],
    ['p1', 'changed', false],
    ['p2', 'removed', false],
    ['a3', 'added', false],
    ['p4', 'added', false],
    ['a2', 'moved', true],
    ['p3', 'unchanged', false],
    ['alt', 'unchanged', false],
    ['o1', 'unchanged', false],
  ] as const)('classifies %s as %s', (key, change, moved) => {
    expect(byKey(clauses, key)).toMatchObject({ change, moved });
  });

  it('gives a changed clause its word-level insertions and deletions, which rebuild both texts', () => {
    const parts = byKey(clauses, 'p1')?.parts ?? [];
    expect(parts.filter((p) => p.op === 'insert').map((p) => p.text.trim())).toEqual(['closely', 'AI']);
    expect(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe('Parties shall cooperate on safety.');
    expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe('Parties shall closely cooperate on AI safety.');
  });

  it('lists clauses in the later text’s order, a removed one after the clause it followed', () => {
    expect(clauses.map((c) => c.key)).toEqual(['r1', 'a1', 'p1', 'p2', 'a3', 'p4', 'a2', 'p3', 'alt', 'o1']);
    expect(byKey(clauses, 'p2')).toMatchObject({ before: { label: 'Article 1(2)', text: 'This paragraph goes.' }, after: null });
    expect(byKey(clauses, 'a2')).toMatchObject({ before: { label: 'Article 2' }, after: { label: 'Article 3' } });
    expect(byKey(clauses, 'o1')?.after?.label).toBe('Article 3(2), option 1');
  });

  it('counts each kind of change', () => {
    expect(totals).toEqual({ added: 2, removed: 1, changed: 1, moved: 1, unchanged: 5 });
  });

  it('finds nothing between a text and itself', () => {
    expect(compareRevisions(REV2, REV2).totals).toEqual({ added: 0, removed: 0, changed: 0, moved: 0, unchanged: 9 });
  });

  it('matches a paragraph moved to another article by its id', () => {
    const moved: TreatyText = { preamble: [], articles: [article('a1', 1, 'A', []), article('a2', 2, 'B', [para('p1', 1, 'Words.')])] };
    const from: TreatyText = { preamble: [], articles: [article('a1', 1, 'A', [para('p1', 1, 'Words.')]), article('a2', 2, 'B', [])] };
    expect(byKey(compareRevisions(from, moved).clauses, 'p1')).toMatchObject({ change: 'moved', before: { label: 'Article 1(1)' }, after: { label: 'Article 2(1)' } });
  });
});
