import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { NewId } from './structure-commands';

/** Blocks that comments, positions and citations address by `clauseId`. */
const CLAUSE_NODES = new Set(['article', 'paragraph', 'recital']);

/**
 * Gives every clause missing an id, or repeating one met earlier in the document, a fresh id.
 * Returns whether it changed anything. Only attributes change, so positions stay valid.
 */
export function assignClauseIds(doc: ProseMirrorNode, tr: Transaction, newId: NewId): boolean {
  const seen = new Set<string>();
  let changed = false;
  doc.descendants((node, pos) => {
    if (CLAUSE_NODES.has(node.type.name)) {
      const id: unknown = node.attrs['clauseId'];
      if (typeof id === 'string' && id !== '' && !seen.has(id)) {
        seen.add(id);
      } else {
        tr.setNodeMarkup(pos, undefined, { ...node.attrs, clauseId: newId() });
        changed = true;
      }
    }
    // Clauses never sit inside text, so there is no need to walk it.
    return !node.isTextblock;
  });
  return changed;
}

/** Changes arriving from Yjs (other people, or undo) carry this meta from the sync plugin. */
function isFromYjs(tr: Transaction): boolean {
  const meta: unknown = tr.getMeta(ySyncPluginKey);
  return typeof meta === 'object' && meta !== null && 'isChangeOrigin' in meta && meta.isChangeOrigin === true;
}

/**
 * Splitting a paragraph with Enter copies its attributes, so the new half would share the
 * clause id of the old one; a paragraph created by other means may have none. Both are fixed
 * in the same dispatch, before the change reaches Yjs, so no duplicate ever leaves this browser.
 * Remote changes are left alone: two browsers "fixing" the same node would race, and a
 * read-only browser must not write at all.
 */
export const ClauseIds = Extension.create<{ newId: NewId }>({
  name: 'clauseIds',

  addOptions() {
    return { newId: () => crypto.randomUUID() };
  },

  addProseMirrorPlugins() {
    const { editor } = this;
    const { newId } = this.options;
    return [
      new Plugin({
        key: new PluginKey('clauseIds'),
        appendTransaction: (transactions, _oldState, newState) => {
          if (!editor.isEditable) return null;
          if (!transactions.some((tr) => tr.docChanged && !isFromYjs(tr))) return null;
          const tr = newState.tr;
          return assignClauseIds(newState.doc, tr, newId) ? tr : null;
        },
      }),
    ];
  },
});
