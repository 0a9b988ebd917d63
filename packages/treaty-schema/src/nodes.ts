import { Node, mergeAttributes } from '@tiptap/core';
import type { AttributeSource } from './html-element';
import { CLAUSE_STATUSES } from './clause-status';

/** `clauseId` on a block: stable across moves and renumbering, kept in the HTML as data-clause-id. */
const clauseIdAttribute = {
  clauseId: {
    default: null as string | null,
    parseHTML: (element: AttributeSource) => element.getAttribute('data-clause-id'),
    renderHTML: (attributes: { clauseId?: string | null }) =>
      attributes.clauseId ? { 'data-clause-id': attributes.clauseId } : {},
  },
};

/** The treaty: a preamble of recitals, then articles. */
export const TreatyDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'preamble article*',
});

export const Preamble = Node.create({
  name: 'preamble',
  content: 'recital*',
  defining: true,
  parseHTML: () => [{ tag: 'section[data-type="preamble"]' }],
  renderHTML: ({ HTMLAttributes }) => ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'preamble' }), 0],
});

export const Recital = Node.create({
  name: 'recital',
  content: 'inline*',
  addAttributes: () => ({ ...clauseIdAttribute }),
  parseHTML: () => [{ tag: 'p[data-type="recital"]' }],
  renderHTML: ({ HTMLAttributes }) => ['p', mergeAttributes(HTMLAttributes, { 'data-type': 'recital' }), 0],
});

export const Article = Node.create({
  name: 'article',
  content: 'articleHeading (paragraph | alternatives)*',
  defining: true,
  isolating: true,
  addAttributes: () => ({
    ...clauseIdAttribute,
    status: {
      default: 'open',
      parseHTML: (element: AttributeSource) => {
        const status = element.getAttribute('data-status');
        return (CLAUSE_STATUSES as readonly (string | null)[]).includes(status) ? status : 'open';
      },
      renderHTML: (attributes: { status?: string }) => ({ 'data-status': attributes.status ?? 'open' }),
    },
  }),
  parseHTML: () => [{ tag: 'article' }],
  renderHTML: ({ HTMLAttributes }) => ['article', mergeAttributes(HTMLAttributes), 0],
});

/** The article's title, if any; "Article N" itself is derived from position, never stored. */
export const ArticleHeading = Node.create({
  name: 'articleHeading',
  content: 'inline*',
  parseHTML: () => [{ tag: 'h3' }],
  renderHTML: ({ HTMLAttributes }) => ['h3', mergeAttributes(HTMLAttributes), 0],
});

/** A paragraph of an article; `numbered` ones take the next number in their article. */
export const Paragraph = Node.create({
  name: 'paragraph',
  content: 'inline*',
  addAttributes: () => ({
    ...clauseIdAttribute,
    numbered: {
      default: true,
      parseHTML: (element: AttributeSource) => element.getAttribute('data-numbered') !== 'false',
      renderHTML: (attributes: { numbered?: boolean }) => ({ 'data-numbered': String(attributes.numbered !== false) }),
    },
  }),
  parseHTML: () => [{ tag: 'p' }],
  renderHTML: ({ HTMLAttributes }) => ['p', mergeAttributes(HTMLAttributes), 0],
});

/** Competing wordings of one clause (Option 1, Option 2 …), each with its proposers. */
export const Alternatives = Node.create({
  name: 'alternatives',
  content: 'alternative+',
  defining: true,
  addAttributes: () => ({ id: { default: null as string | null } }),
  parseHTML: () => [{ tag: 'div[data-type="alternatives"]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'alternatives' }), 0],
});

export const Alternative = Node.create({
  name: 'alternative',
  content: 'paragraph+',
  addAttributes: () => ({
    proposers: {
      default: [] as string[],
      parseHTML: (element: AttributeSource) => (element.getAttribute('data-proposers') ?? '').split(' ').filter(Boolean),
      renderHTML: (attributes: { proposers?: string[] }) => ({ 'data-proposers': (attributes.proposers ?? []).join(' ') }),
    },
  }),
  parseHTML: () => [{ tag: 'div[data-type="alternative"]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'alternative' }), 0],
});

export const Text = Node.create({ name: 'text', group: 'inline' });

/** A line break inside a paragraph: lead-in text and its (a), (b), (c) sub-items. */
export const HardBreak = Node.create({
  name: 'hardBreak',
  inline: true,
  group: 'inline',
  selectable: false,
  parseHTML: () => [{ tag: 'br' }],
  renderHTML: () => ['br'],
  renderText: () => '\n',
});
