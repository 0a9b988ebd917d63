import { importTreaty, toTreatyText, type DocumentSource, type TreatyText } from '@treaty/treaty-schema';
import type { JSONContent } from '@tiptap/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './xmllint.testing';

/** Test support: the documents exports are made from. */
export function sourceOf(text: TreatyText, overrides: Partial<DocumentSource> = {}): DocumentSource {
  return {
    draft: { id: 'draft-1', title: 'Draft agreement' },
    negotiation: { id: 'negotiation-1', title: 'Climate negotiation' },
    revision: null,
    generatedAt: '2026-11-30T10:00:00.000Z',
    text,
    parties: [],
    citations: [],
    ...overrides,
  };
}

let counter = 0;
const sequentialId = () => `clause-${++counter}`;

/** Every adopted treaty of the fixtures, imported from its Markdown as the API does. */
export function fixtureTreaties(): { name: string; source: DocumentSource }[] {
  const folder = join(FIXTURES, 'treaties');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const imported = importTreaty(readFileSync(join(folder, file), 'utf8'), 'markdown', sequentialId);
      const name = file.replace(/\.md$/, '');
      return { name, source: sourceOf(toTreatyText(imported.doc), { draft: { id: name, title: imported.title ?? name } }) };
    });
}

type MarkJSON = NonNullable<JSONContent['marks']>[number];
const text = (value: string, ...marks: MarkJSON[]): JSONContent => ({ type: 'text', text: value, ...(marks.length ? { marks } : {}) });
const bracket = (id: string | null, proposers: string[], reason: string | null = null, note: string | null = null): MarkJSON => ({
  type: 'bracket',
  attrs: { id, proposers, reason, note },
});
const option = (set: string, index: number, proposers: string[]): MarkJSON => ({ type: 'option', attrs: { set, index, proposers } });
const paragraph = (clauseId: string | null, content: JSONContent[], numbered = true): JSONContent => ({
  type: 'paragraph',
  attrs: { clauseId, numbered },
  content,
});

const AUR = 'party-aurelia';
const BOR = 'party-borealis';

/**
 * A negotiating text with everything the model holds: nested and overlapping brackets with
 * reasons and notes, phrase options (one inside a bracket), whole-paragraph options, all three
 * statuses, bracketed recitals, unnumbered paragraphs, line breaks, clauses without ids.
 */
export const NEGOTIATING_DOC: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'preamble',
      content: [
        { type: 'recital', attrs: { clauseId: 'rec-1' }, content: [text('The Parties to this Agreement,')] },
        {
          type: 'recital',
          attrs: { clauseId: 'rec-2' },
          content: [
            text('Recognizing '),
            text('the urgent', bracket('b-rec', [AUR], 'delete', 'Too strong')),
            text(' need for action & cooperation <now>,'),
          ],
        },
        {
          type: 'recital',
          attrs: { clauseId: null },
          content: [text('Noting '), text('developed', option('s-rec', 0, [BOR])), text('all', option('s-rec', 1, [AUR])), text(' countries,')],
        },
      ],
    },
    {
      type: 'article',
      attrs: { clauseId: 'art-1', status: 'agreed' },
      content: [
        { type: 'articleHeading', content: [text('Definitions')] },
        paragraph('p-1-1', [
          text('For the purpose of this '),
          // A bracket across a line break: the break carries the mark too.
          text('Agreement:', bracket('across-break', [BOR])),
          { type: 'hardBreak', marks: [bracket('across-break', [BOR])] },
          text('(a)', bracket('across-break', [BOR])),
          text(' "Party" means a Party to this Agreement &#65;.'),
        ]),
        paragraph('p-1-2', [text('An unnumbered closing sentence.')], false),
      ],
    },
    {
      type: 'article',
      attrs: { clauseId: 'art-2', status: 'open' },
      content: [
        { type: 'articleHeading', content: [text('Temperature goal')] },
        paragraph('p-2-1', [
          text('Holding the increase '),
          text('below ', bracket('outer', [AUR], 'modify', 'Pending science')),
          text('1.5', bracket('outer', [AUR], 'modify', 'Pending science'), bracket('low', [BOR])),
          text(' ', bracket('outer', [AUR], 'modify', 'Pending science')),
          text('2', bracket('outer', [AUR], 'modify', 'Pending science'), bracket('high', [AUR, BOR], 'linked')),
          text(' °C', bracket('outer', [AUR], 'modify', 'Pending science')),
          text(' above '),
          text('pre-industrial', option('s-1', 0, [AUR]), bracket('in-option', [BOR], 'delete')),
          text(' levels', option('s-1', 0, [AUR])),
          text('1990 levels', option('s-1', 2, [BOR])),
          text('.'),
        ]),
        paragraph('p-2-2', [
          text('Overlap '),
          text('starts ', bracket('left', [AUR])),
          text('here', bracket('left', [AUR]), bracket('right', [BOR])),
          text(' and ends', bracket('right', [BOR])),
          text(' with an anonymous '),
          text('bracket', bracket(null, [])),
          text('.'),
        ]),
        {
          type: 'alternatives',
          attrs: { id: 'alts-1' },
          content: [
            { type: 'alternative', attrs: { proposers: [AUR] }, content: [paragraph('o-1', [text('Option one wording.')])] },
            {
              type: 'alternative',
              attrs: { proposers: [BOR, 'party-unknown'] },
              content: [
                paragraph('o-2a', [text('Option two, '), text('first', bracket('b-alt', [BOR], 'delete')), text(' part.')]),
                paragraph(null, [text('Option two, second part.')]),
              ],
            },
          ],
        },
        paragraph('p-2-4', [text('After the options.')]),
      ],
    },
    {
      type: 'article',
      attrs: { clauseId: 'art-3', status: 'agreed-ad-ref' },
      content: [{ type: 'articleHeading', content: [] }, paragraph('p-3-1', [text('  Spaces   kept  exactly. ')])],
    },
    { type: 'article', attrs: { clauseId: null, status: 'open' }, content: [{ type: 'articleHeading', content: [text('Empty article')] }] },
  ],
};

export const NEGOTIATING_SOURCE: DocumentSource = sourceOf(toTreatyText(NEGOTIATING_DOC), {
  revision: { number: 2, label: 'Rev.2', symbol: 'TW/2026/DRAFT/Rev.2', sha256: 'a'.repeat(64), issuedAt: '2026-11-29T09:30:00.000Z' },
  parties: [
    { id: AUR, name: 'Aurelia', kind: 'delegation' },
    { id: BOR, name: 'Borealis', kind: 'delegation' },
  ],
  citations: [
    { clauseId: 'p-2-1', instrument: { id: 'unfccc', name: 'United Nations Framework Convention on Climate Change', year: 1992, binding: 'binding' }, provision: 'Article 2' },
    { clauseId: 'rec-2', instrument: { id: 'kyoto', name: 'Kyoto Protocol', year: null, binding: null }, provision: 'Article 3(1)' },
    { clauseId: 'p-1-1', instrument: { id: 'unfccc', name: 'United Nations Framework Convention on Climate Change', year: 1992, binding: 'binding' }, provision: 'Article 1' },
  ],
});
