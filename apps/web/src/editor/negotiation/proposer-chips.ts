import type { Node as PmNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface ProposerLabels {
  name(id: string): string;
  short(id: string): string;
}

/** A small chip of proposers (short names; full names and the note as its title). */
function chip(proposers: string[], labels: ProposerLabels, note: string | null, className: string, nobody: [string, string]): HTMLElement {
  const element = document.createElement('sup');
  element.className = className;
  element.textContent = proposers.length > 0 ? proposers.map((p) => labels.short(p)).join(', ') : nobody[0];
  element.title = [proposers.map((p) => labels.name(p)).join(', ') || nobody[1], note].filter(Boolean).join(' — ');
  element.contentEditable = 'false';
  return element;
}

/**
 * Who proposed what, shown where a reader of a negotiating text looks for it: after each
 * bracket's closing `]`, at the head of each paragraph option, after each phrase option. Decorations, not content: they are
 * not in the shared document and not editable.
 */
export function proposerDecorations(doc: PmNode, labels: ProposerLabels): DecorationSet {
  const bracketEnds = new Map<string, { pos: number; proposers: string[]; note: string | null }>();
  const optionEnds = new Map<string, { pos: number; proposers: string[] }>();
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'alternative') {
      const proposers = (node.attrs['proposers'] as string[] | undefined) ?? [];
      decorations.push(Decoration.widget(pos + 1, () => chip(proposers, labels, null, 'proposers proposers--option', ['text on the table', 'the wording before options were tabled']), { side: -1, key: `option-${pos}-${proposers.join()}` }));
    }
    if (!node.isText) return;
    for (const mark of node.marks) {
      if (mark.type.name === 'option' && typeof mark.attrs['set'] === 'string') {
        optionEnds.set(`${mark.attrs['set'] as string}:${Number(mark.attrs['index'])}`, { pos: pos + node.nodeSize, proposers: (mark.attrs['proposers'] as string[]) ?? [] });
      }
      const id = mark.attrs['id'] as string | null;
      if (mark.type.name !== 'bracket' || !id) continue;
      bracketEnds.set(id, { pos: pos + node.nodeSize, proposers: (mark.attrs['proposers'] as string[]) ?? [], note: (mark.attrs['note'] as string | null) ?? null });
    }
  });
  for (const [id, end] of bracketEnds) {
    const key = `bracket-${id}-${end.proposers.join()}-${end.note ?? ''}`;
    decorations.push(Decoration.widget(end.pos, () => chip(end.proposers, labels, end.note, 'proposers', ['?', 'proposer not recorded']), { side: 1, key, marks: [] }));
  }
  for (const [key, end] of optionEnds) {
    const chipKey = `phrase-option-${key}-${end.proposers.join()}`;
    const nobody: [string, string] = ['text on the table', 'the wording before others were offered'];
    decorations.push(Decoration.widget(end.pos, () => chip(end.proposers, labels, null, 'proposers proposers--phrase', nobody), { side: 1, key: chipKey, marks: [] }));
  }
  return DecorationSet.create(doc, decorations);
}
