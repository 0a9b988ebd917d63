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
 * Clause ids and article statuses of the current text carried onto a new one by position:
 * recital n stays recital n, article n (and its paragraph m) stays article n. A new text
 * received as a file ("Rev.3 as circulated") is the same clauses reworded far more often than
 * a different treaty; clause ids carry comments, positions and citations across it, and an
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
  let articleIndex = 0;
  return {
    ...next,
    content: (next.content ?? []).map((block) => {
      if (block.type === 'preamble') return { ...block, content: (block.content ?? []).map((r, i) => withId(r, oldRecitals[i])) };
      if (block.type !== 'article') return block;
      const old = oldArticles[articleIndex++];
      const oldParagraphs = (old?.content ?? []).filter((c) => c.type === 'paragraph');
      let paragraphIndex = 0;
      const content = (block.content ?? []).map((child) => (child.type === 'paragraph' ? withId(child, oldParagraphs[paragraphIndex++]) : child));
      const carried = withId({ ...block, content }, old);
      const status = old?.attrs?.['status'];
      return typeof status === 'string' ? { ...carried, attrs: { ...carried.attrs, status } } : carried;
    }),
  };
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
  const words = (article: PMNode | undefined) => article?.children.map((part) => `${part.type.name}:${part.textContent}`).join('\n') ?? null;
  const after = articles(next);
  return articles(current).flatMap((article, i) => (article.attrs['status'] === 'agreed' && words(article) !== words(after[i]) ? [i + 1] : []));
}
