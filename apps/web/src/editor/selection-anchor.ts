import type { Editor } from '@tiptap/core';

/** Words selected inside one clause, as a comment anchors to them: offsets in the clause's text. */
export interface SelectionAnchor {
  clauseId: string;
  start: number;
  end: number;
  quote: string;
}

const ANCHORABLE = new Set(['paragraph', 'recital']);

/**
 * The selection as an anchor, when it lies inside one paragraph or recital. Offsets count as the
 * server's do: characters, a line break one each — which is the position within the block.
 */
export function selectionAnchor(editor: Editor): SelectionAnchor | null {
  const { $from, $to, from, to, empty } = editor.state.selection;
  if (empty || !$from.sameParent($to) || !ANCHORABLE.has($from.parent.type.name)) return null;
  const clauseId = $from.parent.attrs['clauseId'] as string | null;
  if (!clauseId) return null;
  return { clauseId, start: $from.parentOffset, end: $to.parentOffset, quote: editor.state.doc.textBetween(from, to, '\n', '\n') };
}
