import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { updateYFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { YDOC_FIELD } from './clause-status';
import { treatySchema } from './schema';
import { toTreatyText } from './read-model';
import { compareRevisions, type RevisionComparison } from './revision-diff';
import { TextOperationError } from './text-operations';
import { yDocToTreaty } from './ydoc';

/**
 * Clause ids and article statuses of the current text carried onto a new one. An article whose
 * words come back unchanged keeps its id and status wherever it now stands (articles inserted
 * or removed before it move it); the others are paired by position, article n with article n,
 * and within an article paragraph m with paragraph m; recital n stays recital n. A text
 * received as a file ("Rev.3 as circulated") is the same clauses reworded far more often than a
 * different treaty: clause ids carry comments, positions and citations across it, and an
 * article the room agreed stays agreed (a file does not carry the room's decisions).
 */
export function carryClauses(current: JSONContent, next: JSONContent): JSONContent {
  const blocks = (doc: JSONContent, type: string) => (doc.content ?? []).filter((c) => c.type === type);
  const withId = (node: JSONContent, from: JSONContent | undefined): JSONContent => {
    const id = from?.attrs?.['clauseId'];
    return typeof id === 'string' ? { ...node, attrs: { ...node.attrs, clauseId: id } } : node;
  };
  const oldRecitals = blocks(current, 'preamble')[0]?.content ?? [];
  const oldArticles = blocks(current, 'article');
  const pairs = pairArticles(oldArticles, blocks(next, 'article'));
  let articleIndex = 0;
  return {
    ...next,
    content: (next.content ?? []).map((block) => {
      if (block.type === 'preamble') return { ...block, content: (block.content ?? []).map((r, i) => withId(r, oldRecitals[i])) };
      if (block.type !== 'article') return block;
      const paired = pairs[articleIndex++];
      const old = paired === undefined ? undefined : oldArticles[paired];
      const oldParagraphs = (old?.content ?? []).filter((c) => c.type === 'paragraph');
      let paragraphIndex = 0;
      const content = (block.content ?? []).map((child) => (child.type === 'paragraph' ? withId(child, oldParagraphs[paragraphIndex++]) : child));
      const carried = withId({ ...block, content }, old);
      const status = old?.attrs?.['status'];
      return typeof status === 'string' ? { ...carried, attrs: { ...carried.attrs, status } } : carried;
    }),
  };
}

/** For each new article, the index of the current one it continues: same words first, then same place. */
function pairArticles(current: JSONContent[], next: JSONContent[]): (number | undefined)[] {
  const taken = new Set<number>();
  const byWords = new Map<string, number[]>();
  current.forEach((article, i) => {
    const words = articleWords(article);
    byWords.set(words, [...(byWords.get(words) ?? []), i]);
  });
  const pairs = next.map((article) => {
    const same = byWords.get(articleWords(article))?.shift();
    if (same !== undefined) taken.add(same);
    return same;
  });
  return pairs.map((paired, i) => {
    if (paired !== undefined || i >= current.length || taken.has(i)) return paired;
    taken.add(i);
    return i;
  });
}

/** An article's words as a reader sees them: its heading, paragraphs and options, in order. */
function articleWords(article: JSONContent): string {
  const text = (node: JSONContent): string => node.text ?? (node.content ?? []).map(text).join('');
  return (article.content ?? []).map((part) => `${part.type}:${text(part)}`).join('\n');
}

/** What a received text would make of the live text, before anything changes. */
export interface ReplacementPreview extends RevisionComparison {
  /** Why applying it would be refused (an agreed article reworded or dropped), or null. */
  refusal: string | null;
}

/**
 * Makes the live document hold `next` (checked against the schema first), changing only what
 * differs, so words both texts share keep their identity for comment anchors and editors. An
 * agreed article is locked on every channel, a received text included: if `next` would change
 * the words of one, nothing changes and the conflict names the articles to reopen first.
 */
export function replaceText(doc: Y.Doc, next: JSONContent): void {
  const { node, refusal } = plan(doc, next);
  if (refusal) throw new TextOperationError('conflict', refusal);
  updateYFragment(doc, doc.getXmlFragment(YDOC_FIELD), node, { mapping: new Map(), isOMark: new Map() });
}

/** `replaceText` as a dry run: the clause-by-clause comparison of the live text with what it would become. */
export function previewReplacement(doc: Y.Doc, next: JSONContent): ReplacementPreview {
  const { current, node, refusal } = plan(doc, next);
  return { ...compareRevisions(toTreatyText(current.toJSON() as JSONContent), toTreatyText(node.toJSON() as JSONContent)), refusal };
}

function plan(doc: Y.Doc, next: JSONContent): { current: PMNode; node: PMNode; refusal: string | null } {
  const schema = treatySchema();
  const current = schema.nodeFromJSON(yDocToTreaty(doc));
  const node = schema.nodeFromJSON(carryClauses(current.toJSON() as JSONContent, next));
  node.check();
  const changed = agreedArticlesChanged(current, node);
  if (changed.length === 0) return { current, node, refusal: null };
  const [which, its, it] = changed.length === 1 ? [`Article ${changed[0]} is`, 'its', 'it'] : [`Articles ${changed.join(', ')} are`, 'their', 'them'];
  return { current, node, refusal: `${which} agreed and locked, and the received text changes ${its} words: reopen ${it} first` };
}

/** Numbers of the agreed articles of `current` whose words `next` (clauses carried) does not keep. */
function agreedArticlesChanged(current: PMNode, next: PMNode): number[] {
  const articles = (doc: PMNode) => doc.children.filter((block) => block.type.name === 'article');
  const words = (article: PMNode) => articleWords(article.toJSON() as JSONContent);
  const after = new Map(articles(next).map((article) => [article.attrs['clauseId'] as string, words(article)]));
  return articles(current).flatMap((article, i) => (article.attrs['status'] === 'agreed' && words(article) !== after.get(article.attrs['clauseId'] as string) ? [i + 1] : []));
}
