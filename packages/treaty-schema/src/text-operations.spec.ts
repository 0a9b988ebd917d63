import type { JSONContent } from '@tiptap/core';
import { toTreatyText } from './read-model';
import { keepAlternative, openItemsOf, findArticle, resolveBracket, setArticleStatus, TextOperationError } from './text-operations';
import { treatyToYDoc, yDocToTreaty } from './ydoc';

const bracket = (id: string, proposers: string[]) => ({ type: 'bracket', attrs: { id, proposers, reason: 'modify', note: null } });
const text = (t: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const paragraph = (clauseId: string, content: JSONContent[]): JSONContent => ({ type: 'paragraph', attrs: { clauseId, numbered: true }, content });

/** Article 1 holds `[below [1.5] [2] °C]`; article 2 holds two options. */
function treaty() {
  return treatyToYDoc({
    type: 'doc',
    content: [
      { type: 'preamble', content: [] },
      {
        type: 'article',
        attrs: { clauseId: 'art-1', status: 'open' },
        content: [
          { type: 'articleHeading', content: [text('Goal')] },
          paragraph('p1', [
            text('Holding warming '),
            text('below ', [bracket('outer', ['AUR'])]),
            text('1.5', [bracket('outer', ['AUR']), bracket('b15', ['BOR'])]),
            text(' ', [bracket('outer', ['AUR'])]),
            text('2', [bracket('outer', ['AUR']), bracket('b2', ['CAL'])]),
            text(' °C', [bracket('outer', ['AUR'])]),
            text('.'),
          ]),
        ],
      },
      {
        type: 'article',
        attrs: { clauseId: 'art-2', status: 'open' },
        content: [
          { type: 'articleHeading', content: [text('Finance')] },
          {
            type: 'alternatives',
            attrs: { id: 'alt-1' },
            content: [
              { type: 'alternative', attrs: { proposers: ['AUR'] }, content: [paragraph('o1', [text('Developed countries shall provide finance.')])] },
              { type: 'alternative', attrs: { proposers: ['BOR'] }, content: [paragraph('o2', [text('All Parties should mobilize finance.')])] },
            ],
          },
        ],
      },
    ],
  });
}

const article = (doc: ReturnType<typeof treaty>, n: number) => toTreatyText(yDocToTreaty(doc)).articles[n - 1]!;
const firstParagraph = (doc: ReturnType<typeof treaty>, n: number) => article(doc, n).paragraphs[0] as { text: string; brackets: { id: string | null }[] };

describe('text operations', () => {
  it('accepting a bracket removes its marks and keeps its words, nested brackets intact', () => {
    const doc = treaty();
    expect(resolveBracket(doc, 'outer', 'accept')).toMatchObject({ clauseId: 'art-1', number: 1, text: 'below 1.5 2 °C' });
    const p = firstParagraph(doc, 1);
    expect(p.text).toBe('Holding warming below 1.5 2 °C.');
    expect(p.brackets.map((b) => b.id).sort()).toEqual(['b15', 'b2']);
  });

  it('dropping a bracket removes its words, and the brackets nested in them', () => {
    const doc = treaty();
    resolveBracket(doc, 'b15', 'drop');
    expect(firstParagraph(doc, 1).text).toBe('Holding warming below  2 °C.');
    resolveBracket(doc, 'outer', 'drop');
    expect(firstParagraph(doc, 1)).toMatchObject({ text: 'Holding warming .', brackets: [] });
  });

  it('answers not found for a bracket that is not there', () => {
    expect(() => resolveBracket(treaty(), 'nope', 'accept')).toThrow(TextOperationError);
  });

  it('keeping one option puts its paragraphs in place of the alternatives', () => {
    const doc = treaty();
    expect(keepAlternative(doc, 'alt-1', 1)).toMatchObject({ clauseId: 'art-2', number: 2, options: 2 });
    expect(article(doc, 2).paragraphs).toEqual([expect.objectContaining({ kind: 'paragraph', clauseId: 'o2', text: 'All Parties should mobilize finance.' })]);
    expect(() => keepAlternative(treaty(), 'alt-1', 2)).toThrow(/0 to 1/);
  });

  it('refuses to agree an article with open brackets or alternatives, naming them', () => {
    const doc = treaty();
    expect(() => setArticleStatus(doc, 'art-1', 'agreed')).toThrow('article 1 still has 3 open brackets');
    expect(() => setArticleStatus(doc, 'art-2', 'agreed-ad-ref')).toThrow('article 2 still has 1 set of alternatives');
    expect(openItemsOf(findArticle(doc, 'art-1')!.article)).toEqual({ brackets: ['outer', 'b15', 'b2'], alternatives: 0 });
  });

  it('agrees a settled article and reopens it', () => {
    const doc = treaty();
    keepAlternative(doc, 'alt-1', 0);
    expect(setArticleStatus(doc, 'art-2', 'agreed')).toEqual({ before: 'open', number: 2 });
    expect(article(doc, 2).status).toBe('agreed');
    expect(setArticleStatus(doc, 'art-2', 'open')).toEqual({ before: 'agreed', number: 2 });
  });

  it('keeps status per article: a paragraph id is invalid, an unknown id not found', () => {
    expect(() => setArticleStatus(treaty(), 'p1', 'agreed')).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => setArticleStatus(treaty(), 'nope', 'agreed')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  describe('options of a phrase', () => {
    const option = (set: string, index: number, proposers: string[]) => ({ type: 'option', attrs: { set, index, proposers } });
    const withPhraseOptions = () =>
      treatyToYDoc({
        type: 'doc',
        content: [
          { type: 'preamble', content: [] },
          {
            type: 'article',
            attrs: { clauseId: 'art-1', status: 'open' },
            content: [
              { type: 'articleHeading', content: [text('Goal')] },
              paragraph('p1', [text('Warming held below '), text('1.5', [option('set-1', 0, [])]), text('2', [option('set-1', 1, ['BOR'])]), text(' °C.')]),
            ],
          },
        ],
      });

    it('are read as a set of options inside the paragraph, and keep the article from being agreed', () => {
      const doc = withPhraseOptions();
      expect(firstParagraph(doc, 1)).toMatchObject({
        phraseOptions: [{ id: 'set-1', options: [{ proposers: [], text: '1.5' }, { proposers: ['BOR'], text: '2' }] }],
      });
      expect(() => setArticleStatus(doc, 'art-1', 'agreed')).toThrow('1 set of alternatives');
    });

    it('keeping one leaves its words, unmarked, and drops the others', () => {
      const doc = withPhraseOptions();
      expect(keepAlternative(doc, 'set-1', 1)).toMatchObject({ clauseId: 'art-1', number: 1, options: 2 });
      expect(firstParagraph(doc, 1)).toMatchObject({ text: 'Warming held below 2 °C.' });
      expect(firstParagraph(doc, 1)).not.toHaveProperty('phraseOptions');
      expect(setArticleStatus(doc, 'art-1', 'agreed')).toEqual({ before: 'open', number: 1 });
    });
  });
});
