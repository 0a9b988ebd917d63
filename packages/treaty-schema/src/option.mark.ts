import { Mark, mergeAttributes } from '@tiptap/core';
import type { AttributeSource } from './html-element';

/**
 * A phrase offered in competing wordings inside a sentence (`[a][b]` in UN texts): each run of
 * words carries the set it belongs to, its place in the set (0 = Option 1) and who proposed it.
 * Whole-paragraph options are the `alternatives` node; keeping one works the same for both.
 */
export const PhraseOption = Mark.create({
  name: 'option',
  excludes: '',
  inclusive: false,
  addAttributes: () => ({
    set: { default: null as string | null, parseHTML: (e: AttributeSource) => e.getAttribute('data-set') },
    index: {
      default: 0,
      parseHTML: (e: AttributeSource) => Number(e.getAttribute('data-option-label') ?? '1') - 1,
      renderHTML: (a: { index?: number }) => ({ 'data-option-label': String((a.index ?? 0) + 1) }),
    },
    proposers: {
      default: [] as string[],
      parseHTML: (e: AttributeSource) => (e.getAttribute('data-proposers') ?? '').split(' ').filter(Boolean),
      renderHTML: (a: { proposers?: string[] }) => ({ 'data-proposers': (a.proposers ?? []).join(' ') }),
    },
  }),
  parseHTML: () => [{ tag: 'span[data-type="option"]' }],
  renderHTML: ({ HTMLAttributes, mark }) => [
    'span',
    mergeAttributes(HTMLAttributes, { 'data-type': 'option', 'data-set': mark.attrs['set'] as string | null }),
    0,
  ],
});
