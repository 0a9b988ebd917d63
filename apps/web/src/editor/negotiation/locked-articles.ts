import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, type Step } from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** Where the agreed (locked) articles lie in `doc`. */
function lockedRanges(doc: PmNode): [number, number][] {
  const ranges: [number, number][] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === 'article' && node.attrs['status'] === 'agreed') ranges.push([offset, offset + node.nodeSize]);
  });
  return ranges;
}

/** The ranges of the old document a step touches. */
function touched(step: Step): [number, number][] {
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return [[step.from, step.to]];
  const ranges: [number, number][] = [];
  step.getMap().forEach((oldStart, oldEnd) => ranges.push([oldStart, oldEnd]));
  return ranges;
}

/**
 * The editor refuses a local change to an agreed article, as the server would (it undoes
 * such a change): typing there does nothing. Changes arriving from the server always apply.
 */
export function allowsLocally(tr: Transaction): boolean {
  if (!tr.docChanged || tr.getMeta(ySyncPluginKey)) return true;
  let doc = tr.before;
  for (const step of tr.steps) {
    const locked = lockedRanges(doc);
    if (locked.length > 0) {
      for (const [from, to] of touched(step)) {
        // Strictly inside, or a deletion spanning it: typing just before or after an article is free.
        if (locked.some(([start, end]) => from < end && to > start)) return false;
      }
    }
    doc = step.apply(doc).doc ?? doc;
  }
  return true;
}
