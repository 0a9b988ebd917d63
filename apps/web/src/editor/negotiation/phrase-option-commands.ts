import type { Mark, Node as PmNode } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';

const optionMarkOf = (marks: readonly Mark[]): Mark | undefined => marks.find((m) => m.type.name === 'option');

/** Where each option of `set` ends in the paragraph that starts at `start`, and the highest index. */
function setExtent(paragraph: PmNode, start: number, set: string): { end: number; last: number } {
  let end = start;
  let last = 0;
  paragraph.forEach((child, offset) => {
    const mark = optionMarkOf(child.marks);
    if (mark?.attrs['set'] !== set) return;
    end = start + offset + child.nodeSize;
    last = Math.max(last, Number(mark.attrs['index'] ?? 0));
  });
  return { end, last };
}

/**
 * A delegation offers another wording of a phrase (`[a][b]` in UN texts). With words selected,
 * they become Option 1 (the text on the table, no proposer) and `wording` follows as Option 2 in
 * the delegation's name. With the caret in an option already, `wording` joins its set as a
 * further option. Without `wording` it only answers whether an offer can be made here.
 */
export function offerWording(tr: Transaction, dispatch: boolean, delegationId: string, newId: () => string, wording = ''): boolean {
  const { $from, $to, from, to, empty } = tr.selection;
  const type = tr.doc.type.schema.marks['option'];
  if (!type || !$from.sameParent($to) || !$from.parent.isTextblock || $from.parent.type.name === 'articleHeading') return false;
  const current = optionMarkOf([...($from.nodeAfter?.marks ?? []), ...($from.nodeBefore?.marks ?? [])]);
  if (empty && !current) return false;
  if (!dispatch) return true;
  if (!wording.trim()) return false;

  const paragraphStart = $from.start();
  if (current) {
    const set = current.attrs['set'] as string;
    const { end, last } = setExtent($from.parent, paragraphStart, set);
    tr.insert(end, tr.doc.type.schema.text(wording, [type.create({ set, index: last + 1, proposers: [delegationId] })]));
    tr.setSelection(TextSelection.create(tr.doc, end + wording.length)).scrollIntoView();
    return true;
  }
  const set = newId();
  tr.addMark(from, to, type.create({ set, index: 0, proposers: [] }));
  tr.insert(to, tr.doc.type.schema.text(wording, [type.create({ set, index: 1, proposers: [delegationId] })]));
  tr.setSelection(TextSelection.create(tr.doc, to + wording.length)).scrollIntoView();
  return true;
}

/** The words of the option at the caret, or the selected words: where a new wording starts from. */
export function wordingAt(tr: Transaction): string {
  const { $from, from, to, empty } = tr.selection;
  if (!empty) return tr.doc.textBetween(from, to);
  const current = optionMarkOf([...($from.nodeAfter?.marks ?? []), ...($from.nodeBefore?.marks ?? [])]);
  return current ? wordsOf($from.parent, current.attrs['set'] as string, Number(current.attrs['index'])) : '';
}

/** The words of option `index` of `set`, as a starting point for another wording. */
function wordsOf(paragraph: PmNode, set: string, index: number): string {
  let words = '';
  paragraph.forEach((child) => {
    const mark = optionMarkOf(child.marks);
    if (mark?.attrs['set'] === set && Number(mark.attrs['index']) === index) words += child.text ?? '';
  });
  return words;
}
