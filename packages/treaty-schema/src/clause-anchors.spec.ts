import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { anchorRange, checkAnchor, findClause, resolveAnchor } from './clause-anchors';
import { YDOC_FIELD } from './clause-status';
import { TextOperationError } from './text-operations';
import { treatyToYDoc } from './ydoc';

const WORDS = 'Parties shall cooperate on safety.';
const text = (t: string): JSONContent => ({ type: 'text', text: t });

function treaty(): Y.Doc {
  return treatyToYDoc({
    type: 'doc',
    content: [
      { type: 'preamble', content: [{ type: 'recital', attrs: { clauseId: 'r1' }, content: [text('Recalling')] }] },
      {
        type: 'article',
        attrs: { clauseId: 'art-1', status: 'open' },
        content: [
          { type: 'articleHeading', content: [text('Objective')] },
          { type: 'paragraph', attrs: { clauseId: 'p1', numbered: true }, content: [text(WORDS)] },
          { type: 'paragraph', attrs: { clauseId: 'p2', numbered: true }, content: [text('One'), { type: 'hardBreak' }, text('Two')] },
        ],
      },
    ],
  });
}

/** The first XmlText of paragraph p1, as an editor would change it. */
const p1Text = (doc: Y.Doc) => (findClause(doc, 'p1') as Y.XmlElement).get(0) as Y.XmlText;

/** A second replica of `doc`, kept in step both ways. */
function replica(doc: Y.Doc): Y.Doc {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  doc.on('update', (u: Uint8Array) => Y.applyUpdate(other, u));
  other.on('update', (u: Uint8Array) => Y.applyUpdate(doc, u));
  return other;
}

describe('comment anchors', () => {
  const cooperate = { start: WORDS.indexOf('cooperate'), end: WORDS.indexOf('cooperate') + 'cooperate'.length };

  it('finds recitals, articles and paragraphs by clauseId, and nothing else', () => {
    const doc = treaty();
    expect(['r1', 'art-1', 'p1', 'p2', 'nope'].map((id) => findClause(doc, id)?.nodeName ?? null)).toEqual(['recital', 'article', 'paragraph', 'paragraph', null]);
  });

  it('resolves a fresh anchor to the same offsets and words', () => {
    const doc = treaty();
    expect(resolveAnchor(doc, 'p1', anchorRange(doc, 'p1', cooperate))).toEqual({ ...cooperate, quote: 'cooperate' });
    expect(resolveAnchor(doc, 'art-1', anchorRange(doc, 'art-1', { start: 0, end: 9 }))).toEqual({ start: 0, end: 9, quote: 'Objective' });
  });

  it('counts a hard break as one character', () => {
    const doc = treaty();
    expect(resolveAnchor(doc, 'p2', anchorRange(doc, 'p2', { start: 2, end: 5 }))).toEqual({ start: 2, end: 5, quote: 'e\nT' });
  });

  it('moves with words typed before the range on another replica, and keeps words typed at its edges outside', () => {
    const doc = treaty();
    const anchor = anchorRange(doc, 'p1', cooperate);
    const other = replica(doc);
    p1Text(other).insert(0, 'All ');
    p1Text(other).insert(cooperate.end + 4, '!');
    p1Text(other).insert(cooperate.start + 4, '>');
    expect(resolveAnchor(doc, 'p1', anchor)).toEqual({ start: cooperate.start + 5, end: cooperate.end + 5, quote: 'cooperate' });
  });

  it('collapses when its words are deleted', () => {
    const doc = treaty();
    const anchor = anchorRange(doc, 'p1', cooperate);
    p1Text(doc).delete(cooperate.start, cooperate.end - cooperate.start);
    expect(resolveAnchor(doc, 'p1', anchor)).toEqual({ start: cooperate.start, end: cooperate.start, quote: '' });
  });

  it('is lost when its clause is', () => {
    const doc = treaty();
    const anchor = anchorRange(doc, 'p1', cooperate);
    const article = doc.getXmlFragment(YDOC_FIELD).get(1) as Y.XmlElement;
    article.delete(1, 1);
    expect(resolveAnchor(doc, 'p1', anchor)).toBeNull();
  });

  it.each([
    [{ start: 5, end: 2 }, 'invalid'],
    [{ start: 0, end: WORDS.length + 1 }, 'invalid'],
  ])('refuses the range %j', (range, code) => {
    expect(() => anchorRange(treaty(), 'p1', range)).toThrow(expect.objectContaining({ code }) as TextOperationError);
  });

  it('refuses an unknown clause, and a client-encoded anchor from another clause', () => {
    const doc = treaty();
    expect(() => anchorRange(doc, 'nope', { start: 0, end: 0 })).toThrow(expect.objectContaining({ code: 'not-found' }) as TextOperationError);
    const elsewhere = anchorRange(doc, 'p2', { start: 0, end: 1 });
    expect(() => checkAnchor(doc, 'p1', elsewhere)).toThrow(expect.objectContaining({ code: 'invalid' }) as TextOperationError);
    expect(() => checkAnchor(doc, 'p1', { from: new Uint8Array([255, 1]), to: new Uint8Array([]) })).toThrow(TextOperationError);
    expect(checkAnchor(doc, 'p1', anchorRange(doc, 'p1', cooperate))).toBeTruthy();
  });
});
