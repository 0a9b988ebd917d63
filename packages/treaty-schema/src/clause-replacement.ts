import * as Y from 'yjs';
import { YDOC_FIELD } from './clause-status';
import { TextOperationError } from './text-operations';

/** What a replacement changed: the article it lies in (null for a recital) and the words it replaced. */
export interface ClauseReplacement {
  kind: 'article' | 'paragraph' | 'recital';
  article: { clauseId: string | null; number: number } | null;
  before: string;
}

const CLAUSES = new Set(['article', 'paragraph', 'recital']);

/** Every element under `node`, depth first, with the article it lies in. */
function* clausesUnder(node: Y.XmlFragment | Y.XmlElement, article: Y.XmlElement | null = null): Generator<{ element: Y.XmlElement; article: Y.XmlElement | null }> {
  for (const child of node.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    const inArticle = child.nodeName === 'article' ? child : article;
    if (CLAUSES.has(child.nodeName)) yield { element: child, article: inArticle };
    yield* clausesUnder(child, inArticle);
  }
}

/** Plain text of a block: its words without formatting, hard breaks as line breaks. */
function plainText(block: Y.XmlElement): string {
  return block
    .toArray()
    .map((child) => {
      if (child instanceof Y.XmlText) return (child.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
      return child instanceof Y.XmlElement && child.nodeName === 'hardBreak' ? '\n' : '';
    })
    .join('');
}

/** Inline content for plain text: one text node per line, hard breaks between. */
function inline(text: string): (Y.XmlText | Y.XmlElement)[] {
  return text.split('\n').flatMap((line, i) => [...(i > 0 ? [new Y.XmlElement('hardBreak')] : []), ...(line ? [new Y.XmlText(line)] : [])]);
}

function replaceChildren(parent: Y.XmlElement, from: number, children: (Y.XmlText | Y.XmlElement)[]): void {
  parent.delete(from, parent.length - from);
  parent.insert(from, children);
}

/**
 * Replaces a clause's words with plain text (an accepted amendment proposal). A paragraph or
 * recital takes the text as its content; an article keeps its heading and takes the text as its
 * paragraphs, one per blank-line-separated block, each with a fresh clauseId. An agreed article
 * is locked, and everything inside it; the check comes before any change, so a refusal changes nothing.
 */
export function replaceClauseText(
  doc: Y.Doc,
  clauseId: string,
  text: string,
  newId: () => string = () => globalThis.crypto.randomUUID(),
): ClauseReplacement {
  const fragment = doc.getXmlFragment(YDOC_FIELD);
  const found = [...clausesUnder(fragment)].find(({ element }) => element.getAttribute('clauseId') === clauseId);
  if (!found) throw new TextOperationError('not-found', 'Clause not found');
  const { element, article } = found;
  const articles = fragment.toArray().filter((n) => n instanceof Y.XmlElement && n.nodeName === 'article');
  const where = article ? { clauseId: article.getAttribute('clauseId') ?? null, number: articles.indexOf(article) + 1 } : null;
  if (article?.getAttribute('status') === 'agreed') throw new TextOperationError('conflict', `article ${where?.number ?? '?'} is agreed and locked`);

  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (element.nodeName !== 'article') {
    const before = plainText(element);
    replaceChildren(element, 0, inline(normalised));
    return { kind: element.nodeName === 'recital' ? 'recital' : 'paragraph', article: where, before };
  }
  const blocks = normalised.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
  if (blocks.length === 0) throw new TextOperationError('invalid', 'an article needs at least one paragraph');
  const first = element.get(0);
  const heading = first instanceof Y.XmlElement && first.nodeName === 'articleHeading' ? 1 : 0;
  const before = [...clausesUnder(element)]
    .filter((c) => c.element.nodeName === 'paragraph')
    .map((c) => plainText(c.element))
    .join('\n\n');
  const paragraphs = blocks.map((block) => {
    // Left without `numbered`: the schema's default (true) numbers it.
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.setAttribute('clauseId', newId());
    paragraph.insert(0, inline(block));
    return paragraph;
  });
  replaceChildren(element, heading, paragraphs);
  return { kind: 'article', article: where, before };
}
