import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { replaceClauseText } from './clause-replacement';
import { toTreatyText } from './read-model';
import { treatyToYDoc, yDocToTreaty } from './ydoc';

const text = (t: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const bracketed = [{ type: 'bracket', attrs: { id: 'b1', proposers: ['AUR'], reason: 'modify', note: null } }];
const paragraph = (clauseId: string, content: JSONContent[]): JSONContent => ({ type: 'paragraph', attrs: { clauseId, numbered: true }, content });

/** A recital; article 1 (open) with a bracketed paragraph and a set of alternatives; article 2 agreed. */
function treaty() {
  return treatyToYDoc({
    type: 'doc',
    content: [
      { type: 'preamble', content: [{ type: 'recital', attrs: { clauseId: 'r1' }, content: [text('Recognizing the risks,')] }] },
      {
        type: 'article',
        attrs: { clauseId: 'art-1', status: 'open' },
        content: [
          { type: 'articleHeading', content: [text('Goal')] },
          paragraph('p1', [text('Parties '), text('shall', bracketed), text(' cooperate.')]),
          {
            type: 'alternatives',
            attrs: { id: 'alt-1' },
            content: [
              { type: 'alternative', attrs: { proposers: ['AUR'] }, content: [paragraph('o1', [text('Option one.')])] },
              { type: 'alternative', attrs: { proposers: ['BOR'] }, content: [paragraph('o2', [text('Option two.')])] },
            ],
          },
        ],
      },
      {
        type: 'article',
        attrs: { clauseId: 'art-2', status: 'agreed' },
        content: [{ type: 'articleHeading', content: [text('Finance')] }, paragraph('p2', [text('Agreed words.')])],
      },
    ],
  });
}

const read = (doc: Y.Doc) => toTreatyText(yDocToTreaty(doc));
const ids = (prefix: string) => {
  let n = 0;
  return () => `${prefix}-${++n}`;
};

describe('replacing a clause’s text', () => {
  it('a paragraph takes the plain text, its formatting (brackets) dropped', () => {
    const doc = treaty();
    expect(replaceClauseText(doc, 'p1', 'Parties may cooperate.')).toEqual({
      kind: 'paragraph',
      article: { clauseId: 'art-1', number: 1 },
      before: 'Parties shall cooperate.',
    });
    expect(read(doc).articles[0]?.paragraphs[0]).toMatchObject({ clauseId: 'p1', number: 1, text: 'Parties may cooperate.', brackets: [] });
  });

  it('a recital takes the text; single line breaks stay as breaks', () => {
    const doc = treaty();
    expect(replaceClauseText(doc, 'r1', 'Aware of\nthe risks,')).toMatchObject({ kind: 'recital', article: null, before: 'Recognizing the risks,' });
    expect(read(doc).preamble).toEqual([{ clauseId: 'r1', text: 'Aware of\nthe risks,' }]);
  });

  it('an option’s paragraph is a paragraph like any other', () => {
    const doc = treaty();
    replaceClauseText(doc, 'o2', 'Option two, amended.');
    const alternatives = read(doc).articles[0]?.paragraphs[1];
    expect(alternatives).toMatchObject({ kind: 'alternatives', options: [{ paragraphs: [{ text: 'Option one.' }] }, { paragraphs: [{ clauseId: 'o2', text: 'Option two, amended.' }] }] });
  });

  it('an article keeps its heading and takes one numbered paragraph per blank-line-separated block, with fresh clauseIds', () => {
    const doc = treaty();
    const result = replaceClauseText(doc, 'art-1', 'First paragraph.\n\n  \nSecond,\n(a) with an item.\r\n\r\nThird.', ids('new'));
    expect(result).toEqual({ kind: 'article', article: { clauseId: 'art-1', number: 1 }, before: 'Parties shall cooperate.\n\nOption one.\n\nOption two.' });
    expect(read(doc).articles[0]).toEqual({
      clauseId: 'art-1',
      number: 1,
      title: 'Goal',
      status: 'open',
      paragraphs: [
        { kind: 'paragraph', clauseId: 'new-1', number: 1, text: 'First paragraph.', brackets: [] },
        { kind: 'paragraph', clauseId: 'new-2', number: 2, text: 'Second,\n(a) with an item.', brackets: [] },
        { kind: 'paragraph', clauseId: 'new-3', number: 3, text: 'Third.', brackets: [] },
      ],
    });
  });

  it.each([
    ['the agreed article', 'art-2'],
    ['a paragraph of the agreed article', 'p2'],
  ])('refuses %s as locked, changing nothing', (_, clauseId) => {
    const doc = treaty();
    const before = Y.encodeStateVector(doc);
    expect(() => replaceClauseText(doc, clauseId, 'Changed.')).toThrow(expect.objectContaining({ code: 'conflict', message: 'article 2 is agreed and locked' }));
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it.each([
    ['an unknown clause', 'nope', 'Words.', 'not-found'],
    ['an alternatives id, which is no clause', 'alt-1', 'Words.', 'not-found'],
    ['an article with no words left', 'art-1', ' \n\n \n', 'invalid'],
  ])('refuses %s', (_, clauseId, words, code) => {
    expect(() => replaceClauseText(treaty(), clauseId, words)).toThrow(expect.objectContaining({ code }));
  });
});
