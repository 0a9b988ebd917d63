import * as Y from 'yjs';
import { YDOC_FIELD } from './clause-status';
import { TextOperationError } from './text-operations';
import { elementsOf } from './ydoc-walk';

/**
 * Comment anchors: a range of a clause's words as Yjs relative positions, so that it moves with
 * the text under concurrent edits. They are kept by the server beside the comment and never
 * written into the shared document: a delegation's private note must leave no trace there.
 */
export interface ClauseAnchor {
  from: Uint8Array;
  to: Uint8Array;
}

/** Where an anchor lies now: character offsets in the clause's text and the words between. */
export interface ResolvedRange {
  start: number;
  end: number;
  quote: string;
}

const CLAUSE_NODES = new Set(['recital', 'article', 'paragraph']);

/** The recital, article or paragraph with this clauseId. */
export function findClause(doc: Y.Doc, clauseId: string): Y.XmlElement | null {
  return elementsOf(doc.getXmlFragment(YDOC_FIELD)).find((e) => CLAUSE_NODES.has(e.nodeName) && e.getAttribute('clauseId') === clauseId) ?? null;
}

/** The element holding the clause's words: an article's words are its heading. */
function wordsOf(clause: Y.XmlElement): Y.XmlElement {
  if (clause.nodeName !== 'article') return clause;
  const heading = clause.get(0);
  return heading instanceof Y.XmlElement ? heading : clause;
}

interface Segment {
  child: Y.XmlText | Y.XmlElement;
  from: number;
  length: number;
}

/** The inline children with their offsets; a hard break counts as one character ("\n"), as in the read model. */
function segmentsOf(words: Y.XmlElement): Segment[] {
  let from = 0;
  return words.toArray().flatMap((child) => {
    if (!(child instanceof Y.XmlText) && !(child instanceof Y.XmlElement)) return [];
    const length = child instanceof Y.XmlText ? child.length : 1;
    const segment = { child, from, length };
    from += length;
    return [segment];
  });
}

function plainText(segments: Segment[]): string {
  return segments
    .map(({ child }) =>
      child instanceof Y.XmlText ? (child.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('') : '\n',
    )
    .join('');
}

function relativeAt(words: Y.XmlElement, segments: Segment[], offset: number, assoc: number): Y.RelativePosition {
  const text = segments.find((s) => s.child instanceof Y.XmlText && s.from <= offset && offset <= s.from + s.length);
  if (text) return Y.createRelativePositionFromTypeIndex(text.child, offset - text.from, assoc);
  // Next to hard breaks only (or in an empty clause): anchored between the children.
  const index = segments.findIndex((s) => s.from >= offset);
  return Y.createRelativePositionFromTypeIndex(words, index === -1 ? segments.length : index, assoc);
}

/**
 * Anchors characters `start`…`end` of the clause's text. The start sticks to the character after
 * it and the end to the one before, so words typed at either edge stay outside the range.
 */
export function anchorRange(doc: Y.Doc, clauseId: string, range: { start: number; end: number }): ClauseAnchor {
  const clause = findClause(doc, clauseId);
  if (!clause) throw new TextOperationError('not-found', 'Clause not found');
  const words = wordsOf(clause);
  const segments = segmentsOf(words);
  const length = plainText(segments).length;
  if (range.start > range.end || range.end > length) {
    throw new TextOperationError('invalid', `the range must lie within the clause's ${length} characters, start before end`);
  }
  return {
    from: Y.encodeRelativePosition(relativeAt(words, segments, range.start, 0)),
    to: Y.encodeRelativePosition(relativeAt(words, segments, range.end, -1)),
  };
}

function offsetOf(words: Y.XmlElement, segments: Segment[], doc: Y.Doc, encoded: Uint8Array): number | null {
  let position: Y.AbsolutePosition | null;
  try {
    position = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(encoded), doc);
  } catch {
    return null;
  }
  if (!position) return null;
  if (position.type === words) return segments.slice(0, position.index).reduce((sum, s) => sum + s.length, 0);
  const segment = segments.find((s) => s.child === position.type);
  return segment ? segment.from + position.index : null;
}

/** Where the anchor lies in the live text now; null once the clause or the anchored words have left it. */
export function resolveAnchor(doc: Y.Doc, clauseId: string, anchor: ClauseAnchor): ResolvedRange | null {
  const clause = findClause(doc, clauseId);
  if (!clause) return null;
  const words = wordsOf(clause);
  const segments = segmentsOf(words);
  const start = offsetOf(words, segments, doc, anchor.from);
  const end = offsetOf(words, segments, doc, anchor.to);
  if (start === null || end === null) return null;
  // Deleting the words between collapses the range; it never turns inside out.
  const to = Math.max(start, end);
  return { start, end: to, quote: plainText(segments).slice(start, to) };
}

/** Checks an anchor a client encoded on its own copy: both ends must lie in this clause, in order. */
export function checkAnchor(doc: Y.Doc, clauseId: string, anchor: ClauseAnchor): ClauseAnchor {
  const clause = findClause(doc, clauseId);
  if (!clause) throw new TextOperationError('not-found', 'Clause not found');
  const words = wordsOf(clause);
  const segments = segmentsOf(words);
  const start = offsetOf(words, segments, doc, anchor.from);
  const end = offsetOf(words, segments, doc, anchor.to);
  if (start === null || end === null || start > end) throw new TextOperationError('invalid', 'the range does not lie within this clause');
  return anchor;
}
