import type { Node as ProseMirrorNode, NodeType, Schema } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';

/*
 * The structural edits of a treaty, each a function of a transaction. They return whether the
 * edit applies at the selection; with `dispatch` false they only answer (for disabled buttons).
 * Numbers are never written: "Article 3" and "2." are derived from position by the stylesheet
 * and the read model, so moving or deleting never leaves numbering to fix.
 */

export type NewId = () => string;

interface Found {
  node: ProseMirrorNode;
  /** Position just before the node. */
  pos: number;
  depth: number;
}

function nodeType(schema: Schema, name: string): NodeType {
  const type = schema.nodes[name];
  if (!type) throw new Error(`the treaty schema has no "${name}" node`);
  return type;
}

/** The innermost ancestor of the selection's start with this type, if any. */
function ancestor(tr: Transaction, typeName: string): Found | null {
  const { $from } = tr.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name === typeName) return { node, pos: $from.before(depth), depth };
  }
  return null;
}

const newParagraph = (schema: Schema, newId: NewId): ProseMirrorNode =>
  nodeType(schema, 'paragraph').create({ clauseId: newId(), numbered: true });

/** After the current article — or, from the preamble, as the first article; its heading takes the caret. */
export function addArticle(tr: Transaction, dispatch: boolean, newId: NewId): boolean {
  const { schema } = tr.doc.type;
  const current = ancestor(tr, 'article');
  const inPreamble = ancestor(tr, 'preamble') !== null;
  const preambleEnd = tr.doc.firstChild?.nodeSize ?? 0;
  const at = current ? current.pos + current.node.nodeSize : inPreamble ? preambleEnd : tr.doc.content.size;
  if (!dispatch) return true;
  const article = nodeType(schema, 'article').create({ clauseId: newId(), status: 'open' }, [
    nodeType(schema, 'articleHeading').create(),
    newParagraph(schema, newId),
  ]);
  tr.insert(at, article);
  // +1 enters the article, +1 more the heading.
  tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView();
  return true;
}

/** After the current paragraph, in the same article (or option); from a heading, as its first paragraph. */
export function addParagraph(tr: Transaction, dispatch: boolean, newId: NewId): boolean {
  const anchor = ancestor(tr, 'paragraph') ?? ancestor(tr, 'articleHeading');
  if (!anchor) return false;
  if (!dispatch) return true;
  const at = anchor.pos + anchor.node.nodeSize;
  tr.insert(at, newParagraph(tr.doc.type.schema, newId));
  tr.setSelection(TextSelection.create(tr.doc, at + 1)).scrollIntoView();
  return true;
}

export type Direction = 'up' | 'down';

/**
 * Swaps the current article with its neighbour, keeping the caret where it was in the text. Yjs
 * has no move: the article is deleted and inserted again, so words a colleague types into it at
 * that very moment are lost with the old copy. Moves are rare and deliberate; that is accepted.
 */
export function moveArticle(tr: Transaction, dispatch: boolean, direction: Direction): boolean {
  const current = ancestor(tr, 'article');
  if (!current) return false;
  const index = tr.doc.resolve(current.pos).index(0);
  const neighbour = tr.doc.maybeChild(direction === 'up' ? index - 1 : index + 1);
  if (neighbour?.type.name !== 'article') return false;
  if (!dispatch) return true;
  const { anchor, head } = tr.selection;
  const size = current.node.nodeSize;
  const target = direction === 'up' ? current.pos - neighbour.nodeSize : current.pos + neighbour.nodeSize;
  tr.delete(current.pos, current.pos + size);
  tr.insert(target, current.node);
  tr.setSelection(TextSelection.create(tr.doc, target + (anchor - current.pos), target + (head - current.pos)));
  tr.scrollIntoView();
  return true;
}

export function deleteArticle(tr: Transaction, dispatch: boolean): boolean {
  const current = ancestor(tr, 'article');
  if (!current) return false;
  if (dispatch) tr.delete(current.pos, current.pos + current.node.nodeSize).scrollIntoView();
  return true;
}

/** Deletes the current paragraph, unless it is the only wording of an option (an option needs one). */
export function deleteParagraph(tr: Transaction, dispatch: boolean): boolean {
  const current = ancestor(tr, 'paragraph');
  if (!current) return false;
  const parent = tr.selection.$from.node(current.depth - 1);
  if (parent.type.name === 'alternative' && parent.childCount < 2) return false;
  if (dispatch) tr.delete(current.pos, current.pos + current.node.nodeSize).scrollIntoView();
  return true;
}
