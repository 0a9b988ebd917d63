import type { Mark, Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

export interface BracketRange {
  from: number;
  to: number;
  mark: Mark;
}

/** Every run of text carrying the bracket `id`, in document order. */
export function bracketRanges(doc: PmNode, id: string): BracketRange[] {
  const ranges: BracketRange[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    const mark = node.marks.find((m) => m.type.name === 'bracket' && m.attrs['id'] === id);
    if (mark) ranges.push({ from: pos, to: pos + node.nodeSize, mark });
  });
  return ranges;
}

/** The brackets around a position, innermost last, each once. */
export function bracketsAt(doc: PmNode, pos: number): Mark[] {
  const $pos = doc.resolve(pos);
  const marks = [...($pos.nodeAfter?.marks ?? []), ...($pos.nodeBefore?.marks ?? [])];
  const seen = new Set<string>();
  return marks.filter((m) => {
    const id = m.attrs['id'] as string | null;
    if (m.type.name !== 'bracket' || !id || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Brackets the selection for `proposers`; false when there is nothing selected. */
export function bracketSelection(tr: Transaction, dispatch: boolean, attrs: { proposers: string[]; reason: string; note: string | null }): boolean {
  const { from, to, empty } = tr.selection;
  if (empty || attrs.proposers.length === 0) return false;
  const type = tr.doc.type.schema.marks['bracket'];
  if (!type) return false;
  if (dispatch) tr.addMark(from, to, type.create({ id: crypto.randomUUID(), ...attrs }));
  return true;
}

/** Adds a co-proposer to bracket `id` wherever it runs; false if it is already one, or no such bracket. */
export function joinBracket(tr: Transaction, dispatch: boolean, id: string, delegationId: string): boolean {
  const ranges = bracketRanges(tr.doc, id);
  const proposers = (ranges[0]?.mark.attrs['proposers'] as string[] | undefined) ?? [];
  if (ranges.length === 0 || proposers.includes(delegationId)) return false;
  if (!dispatch) return true;
  for (const { from, to, mark } of ranges) {
    tr.removeMark(from, to, mark);
    tr.addMark(from, to, mark.type.create({ ...mark.attrs, proposers: [...proposers, delegationId] }));
  }
  return true;
}
