import type { JSONContent } from '@tiptap/core';
import { BRACKET_REASONS } from '@treaty/domain';
import { INLINE_BRACKET, INLINE_OPTION, TW_NS } from './vocabulary';
import { isElement, textOf, type XmlElement, type XmlNode } from './xml-dom';

type MarkJSON = NonNullable<JSONContent['marks']>[number];

interface Context {
  /** Brackets around the words, by their place in the clause's list (`tw:bracket`). */
  brackets: { order: number; mark: MarkJSON }[];
  option: MarkJSON | null;
}

/** Footnotes and markers are not words of the clause. */
const SKIPPED = new Set(['authorialNote', 'noteRef', 'marker', 'img', 'componentRef']);
const BREAKS = new Set(['br', 'eol', 'eop']);

const tw = (element: XmlElement, name: string): string | null => element.getAttributeNS(TW_NS, name);
const list = (value: string | null): string[] => (value ?? '').split(' ').filter(Boolean);

/**
 * The words of one AKN block (`<p>`, `<heading>` …) as inline content of the treaty schema:
 * text, hard breaks, and the bracket and option marks of the convention. Marks are listed in
 * the order of the brackets' places in the clause, which is the order the read model numbers
 * them in, so a file read back gives the same brackets in the same order.
 */
export function readWords(block: XmlElement): JSONContent[] {
  const nodes: JSONContent[] = [];
  const marks = (context: Context): JSONContent['marks'] => {
    const all = [...context.brackets].sort((a, b) => a.order - b.order).map((b) => b.mark);
    if (context.option) all.push(context.option);
    return all.length > 0 ? all : undefined;
  };
  const push = (node: JSONContent, context: Context) => {
    const m = marks(context);
    nodes.push(m ? { ...node, marks: m } : node);
  };
  const walk = (node: XmlNode, context: Context) => {
    for (const child of Array.from(node.childNodes)) {
      if (!isElement(child)) {
        const text = textOf(child);
        if (text) push({ type: 'text', text }, context);
        continue;
      }
      if (child.namespaceURI !== block.namespaceURI || SKIPPED.has(child.localName)) continue;
      if (BREAKS.has(child.localName)) {
        push({ type: 'hardBreak' }, context);
        continue;
      }
      walk(child, inner(child, context));
    }
  };
  walk(block, { brackets: [], option: null });
  return nodes;
}

/** The context inside `element`: one more bracket or an option when it is one of ours. */
function inner(element: XmlElement, context: Context): Context {
  if (element.localName !== 'inline') return context;
  const name = element.getAttribute('name');
  if (name === INLINE_BRACKET && tw(element, 'bracket') !== null) {
    const reason = tw(element, 'reason');
    const mark: MarkJSON = {
      type: 'bracket',
      attrs: {
        id: tw(element, 'id'),
        proposers: list(tw(element, 'proposers')),
        reason: (BRACKET_REASONS as readonly (string | null)[]).includes(reason) ? reason : null,
        note: tw(element, 'note'),
      },
    };
    return { ...context, brackets: [...context.brackets, { order: Number(tw(element, 'bracket')), mark }] };
  }
  if (name === INLINE_OPTION && tw(element, 'set') !== null) {
    const option: MarkJSON = {
      type: 'option',
      attrs: { set: tw(element, 'set'), index: Number(tw(element, 'index') ?? 0), proposers: list(tw(element, 'proposers')) },
    };
    return { ...context, option };
  }
  return context;
}

/**
 * Words of a file not written by us: its line breaks and indentation are layout, not words.
 * Runs of white space become one space; lines lose their leading and trailing spaces.
 */
export function normalizeWhitespace(nodes: JSONContent[]): JSONContent[] {
  let line: JSONContent[] = [];
  const lines = [line];
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      lines.push((line = []));
      continue;
    }
    const previous = line.at(-1)?.text;
    // A space already ends the line so far (or the line has not begun): no second one.
    let text = (node.text ?? '').replace(/\s+/g, ' ');
    if (previous === undefined || previous.endsWith(' ')) text = text.replace(/^ /, '');
    if (text) line.push({ ...node, text });
  }
  for (const words of lines) {
    for (let last = words.at(-1); last; last = words.at(-1)) {
      last.text = (last.text ?? '').replace(/ $/, '');
      if (last.text) break;
      words.pop();
    }
  }
  return lines.filter((line) => line.length > 0).flatMap((line, i) => [...(i > 0 ? [{ type: 'hardBreak' }] : []), ...line]);
}

/** Text of inline content, as the read model reads it. */
export const plainText = (nodes: JSONContent[]): string => nodes.map((n) => (n.type === 'hardBreak' ? '\n' : (n.text ?? ''))).join('');
