import type { Node as PmNode } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';

/** The paragraph around the selection: where it is, and the option and set it lies in, if any. */
function paragraphAt(tr: Transaction): { paragraph: PmNode; pos: number; option: { node: PmNode; pos: number } | null } | null {
  const { $from } = tr.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    if ($from.node(depth).type.name !== 'paragraph') continue;
    const parent = depth > 1 ? $from.node(depth - 1) : null;
    const option = parent?.type.name === 'alternative' ? { node: parent, pos: $from.before(depth - 1) } : null;
    return { paragraph: $from.node(depth), pos: $from.before(depth), option };
  }
  return null;
}

/**
 * A delegation tables another wording for the paragraph at the caret. A plain paragraph
 * becomes a set of options: Option 1 is the wording as it stands (proposed by no one: it is
 * the text on the table), Option 2 a copy in the delegation's name, to be reworded. In a set
 * already, a new option in the delegation's name follows the current one. The caret goes to
 * the new option.
 */
export function tableAlternative(tr: Transaction, dispatch: boolean, delegationId: string, newId: () => string): boolean {
  const found = paragraphAt(tr);
  if (!found) return false;
  const { schema } = tr.doc.type;
  const [alternatives, alternative, paragraph] = [schema.nodes['alternatives'], schema.nodes['alternative'], schema.nodes['paragraph']];
  if (!alternatives || !alternative || !paragraph) return false;
  if (!dispatch) return true;
  const copy = paragraph.create({ ...found.paragraph.attrs, clauseId: newId() }, found.paragraph.content);
  const mine = alternative.create({ proposers: [delegationId] }, copy);
  let caret: number;
  if (found.option) {
    const at = found.option.pos + found.option.node.nodeSize;
    tr.insert(at, mine);
    caret = at + 2;
  } else {
    const current = alternative.create({ proposers: [] }, found.paragraph);
    const set = alternatives.create({ id: newId() }, [current, mine]);
    tr.replaceWith(found.pos, found.pos + found.paragraph.nodeSize, set);
    // Into the set, past Option 1, into Option 2 and its paragraph.
    caret = found.pos + 1 + current.nodeSize + 2;
  }
  tr.setSelection(TextSelection.near(tr.doc.resolve(caret + copy.content.size))).scrollIntoView();
  return true;
}
