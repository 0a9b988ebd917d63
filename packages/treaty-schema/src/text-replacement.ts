import type { JSONContent } from '@tiptap/core';
import { updateYFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { YDOC_FIELD } from './clause-status';
import { treatySchema } from './schema';
import { yDocToTreaty } from './ydoc';

/**
 * Clause ids of the current text carried onto a new one by position: recital n stays recital n,
 * article n (and its paragraph m) stays article n. A new text received as a file ("Rev.3 as
 * circulated") is the same clauses reworded far more often than a different treaty, and clause
 * ids carry comments, positions and citations across it.
 */
export function carryClauseIds(current: JSONContent, next: JSONContent): JSONContent {
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
      return withId({ ...block, content }, old);
    }),
  };
}

/**
 * Makes the live document hold `next` (checked against the schema first), changing only what
 * differs, so words both texts share keep their identity for comment anchors and editors.
 */
export function replaceText(doc: Y.Doc, next: JSONContent): void {
  const node = treatySchema().nodeFromJSON(carryClauseIds(yDocToTreaty(doc), next));
  node.check();
  updateYFragment(doc, doc.getXmlFragment(YDOC_FIELD), node, { mapping: new Map(), isOMark: new Map() });
}
