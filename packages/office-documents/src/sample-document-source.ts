import type { DocumentSource, TreatyText } from '@treaty/treaty-schema';

/**
 * A small negotiating text holding every thing paper must show: nested brackets, phrase
 * options inside a bracket, a whole-paragraph alternatives block, a bracket with a reason and a
 * note, an agreed and an agreed-ad-ref article, a coalition, a citation, and the characters
 * treaty texts are full of (“ ” — ° ₂ é). Used by the specs and by `npm run render:documents`.
 */
export const SAMPLE_PARTIES = {
  aurelia: '0b3c2f4e-1111-4a6b-8c9d-0e1f2a3b4c5d',
  borealis: '0b3c2f4e-2222-4a6b-8c9d-0e1f2a3b4c5d',
  northern: '0b3c2f4e-3333-4a6b-8c9d-0e1f2a3b4c5d',
} as const;

const { aurelia, borealis, northern } = SAMPLE_PARTIES;
const CITED_PARAGRAPH = '7d0c8a52-5555-4e8e-9b1a-3f3e2d1c0b0a';

const text: TreatyText = {
  preamble: [
    { clauseId: 'a1000000-0000-4000-8000-000000000001', text: 'The Parties to this Agreement,' },
    {
      clauseId: 'a1000000-0000-4000-8000-000000000002',
      text: 'Recognizing the “common but differentiated responsibilities” of Parties,',
      brackets: [{ id: 'b-recital', proposers: [borealis], reason: 'modify', note: null, text: 'the “common but differentiated responsibilities” of Parties' }],
      runs: [
        { text: 'Recognizing ' },
        { text: 'the “common but differentiated responsibilities” of Parties', brackets: [0] },
        { text: ',' },
      ],
    },
    // Characters XML and PDF strings must escape.
    { clauseId: 'a1000000-0000-4000-8000-000000000003', text: 'Noting decisions 1/CP.21 & 2/CP.21 <as adopted> and "Article 4",' },
  ],
  articles: [
    {
      clauseId: 'a2000000-0000-4000-8000-000000000001',
      number: 1,
      title: 'Definitions',
      status: 'agreed',
      paragraphs: [
        {
          kind: 'paragraph',
          clauseId: 'a2000000-0000-4000-8000-000000000002',
          number: 1,
          text: '“Emissions” means the release of CO₂ and other greenhouse gases into the atmosphere — the régime’s central term.',
          brackets: [],
        },
      ],
    },
    {
      clauseId: 'a3000000-0000-4000-8000-000000000001',
      number: 2,
      title: 'Objective',
      status: 'open',
      paragraphs: [
        {
          kind: 'paragraph',
          clauseId: 'a3000000-0000-4000-8000-000000000002',
          number: 1,
          text: 'Parties shall hold the increase in temperature well below 1.52 °C above pre-industrial levels by 2050 at the latest.',
          brackets: [
            { id: 'b-goal', proposers: [aurelia, borealis], reason: null, note: null, text: 'well below 1.52 °C above pre-industrial levels' },
            { id: 'b-year', proposers: [northern], reason: 'delete', note: null, text: 'by 2050 at the latest' },
            { id: 'b-2050', proposers: [borealis], reason: 'modify', note: 'Linked to the finance article.', text: '2050' },
          ],
          phraseOptions: [
            {
              id: 'set-goal',
              options: [
                { proposers: [aurelia], text: '1.5' },
                { proposers: [northern], text: '2' },
              ],
            },
          ],
          runs: [
            { text: 'Parties shall hold the increase in temperature ' },
            { text: 'well below ', brackets: [0] },
            { text: '1.5', brackets: [0], option: { set: 0, index: 0 } },
            { text: '2', brackets: [0], option: { set: 0, index: 1 } },
            { text: ' °C above pre-industrial levels', brackets: [0] },
            { text: ' ' },
            { text: 'by ', brackets: [1] },
            { text: '2050', brackets: [1, 2] },
            { text: ' at the latest', brackets: [1] },
            { text: '.' },
          ],
        },
        {
          kind: 'alternatives',
          id: 'alt-reporting',
          number: 2,
          options: [
            {
              proposers: [aurelia],
              paragraphs: [{ kind: 'paragraph', clauseId: null, number: null, text: 'Each Party shall report annually.', brackets: [] }],
            },
            {
              proposers: [borealis, northern],
              paragraphs: [
                {
                  kind: 'paragraph',
                  clauseId: null,
                  number: null,
                  text: 'Each Party shall report biennially.',
                  brackets: [{ id: 'b-biennial', proposers: [aurelia], reason: 'delete', note: null, text: 'biennially' }],
                  runs: [{ text: 'Each Party shall report ' }, { text: 'biennially', brackets: [0] }, { text: '.' }],
                },
              ],
            },
          ],
        },
        {
          kind: 'paragraph',
          clauseId: CITED_PARAGRAPH,
          number: 3,
          text: 'Parties shall cooperate on research and systematic observation.',
          brackets: [],
        },
      ],
    },
    {
      clauseId: 'a4000000-0000-4000-8000-000000000001',
      number: 3,
      title: 'Review',
      status: 'agreed-ad-ref',
      paragraphs: [
        {
          kind: 'paragraph',
          clauseId: 'a4000000-0000-4000-8000-000000000002',
          number: 1,
          text: 'The meeting of the Parties shall review this Agreement every five years.',
          brackets: [],
        },
      ],
    },
  ],
};

export const SAMPLE_SHA256 = '3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea';
export const SAMPLE_SYMBOL = 'TW/2026/1A2B3C4D/Rev.2';

export const sampleSource = (): DocumentSource => ({
  draft: { id: '1a2b3c4d-0000-4000-8000-000000000000', title: 'Agreement on Climate Cooperation' },
  negotiation: { id: '9f000000-0000-4000-8000-000000000000', title: 'Climate Cooperation Talks 2026' },
  revision: { number: 2, label: 'Rev.2', symbol: SAMPLE_SYMBOL, sha256: SAMPLE_SHA256, issuedAt: '2026-11-28T17:30:00.000Z' },
  generatedAt: '2026-11-30T03:00:00.000Z',
  text,
  parties: [
    { id: aurelia, name: 'Aurelia', kind: 'delegation' },
    { id: borealis, name: 'Borealis', kind: 'delegation' },
    { id: northern, name: 'Northern Coalition', kind: 'coalition' },
  ],
  citations: [
    {
      clauseId: CITED_PARAGRAPH,
      instrument: { id: 'c0000000-0000-4000-8000-000000000001', name: 'United Nations Framework Convention on Climate Change', year: 1992, binding: 'binding' },
      provision: 'Article 5(a)',
    },
  ],
});
