import { Mark, mergeAttributes } from '@tiptap/core';
import type { AttributeSource } from './html-element';

/**
 * `[text]`: text not agreed, with who proposed it, why, and a note. `excludes: ''` lets
 * brackets nest and overlap, as they do in real negotiating texts (`[below [1.5] [2] °C]`).
 */
export const Bracket = Mark.create({
  name: 'bracket',
  excludes: '',
  inclusive: false,
  addAttributes: () => ({
    id: { default: null as string | null, parseHTML: (e: AttributeSource) => e.getAttribute('data-bracket-id') },
    proposers: {
      default: [] as string[],
      parseHTML: (e: AttributeSource) => (e.getAttribute('data-proposers') ?? '').split(' ').filter(Boolean),
      renderHTML: (a: { proposers?: string[] }) => ({ 'data-proposers': (a.proposers ?? []).join(' ') }),
    },
    reason: { default: null as string | null },
    note: { default: null as string | null },
  }),
  parseHTML: () => [{ tag: 'span[data-type="bracket"]' }],
  renderHTML: ({ HTMLAttributes, mark }) => [
    'span',
    mergeAttributes(HTMLAttributes, { 'data-type': 'bracket', 'data-bracket-id': mark.attrs['id'] as string | null }),
    0,
  ],
});
