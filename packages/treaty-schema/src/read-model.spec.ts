import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { toTreatyText } from './read-model';
import { treatyToYDoc, yDocToTreaty } from './ydoc';

const bracket = (id: string, proposers: string[]) => ({ type: 'bracket', attrs: { id, proposers, reason: 'modify', note: null } });

/** `[below [1.5] [2] °C]`: an outer bracket holding two inner ones. */
const NESTED: JSONContent = {
  type: 'doc',
  content: [
    { type: 'preamble', content: [] },
    {
      type: 'article',
      attrs: { clauseId: 'a1', status: 'open' },
      content: [
        { type: 'articleHeading', content: [{ type: 'text', text: 'Temperature goal' }] },
        {
          type: 'paragraph',
          attrs: { clauseId: 'p1', numbered: true },
          content: [
            { type: 'text', text: 'Holding the increase ' },
            { type: 'text', text: 'below ', marks: [bracket('outer', ['D1'])] },
            { type: 'text', text: '1.5', marks: [bracket('outer', ['D1']), bracket('low', ['D2'])] },
            { type: 'text', text: ' ', marks: [bracket('outer', ['D1'])] },
            { type: 'text', text: '2', marks: [bracket('outer', ['D1']), bracket('high', ['D3', 'D4'])] },
            { type: 'text', text: ' °C', marks: [bracket('outer', ['D1'])] },
          ],
        },
        {
          type: 'alternatives',
          attrs: { id: 'alt1' },
          content: [
            { type: 'alternative', attrs: { proposers: ['D2'] }, content: [{ type: 'paragraph', attrs: { clauseId: 'o1', numbered: true }, content: [{ type: 'text', text: 'Option one.' }] }] },
            { type: 'alternative', attrs: { proposers: ['D3'] }, content: [{ type: 'paragraph', attrs: { clauseId: 'o2', numbered: true }, content: [{ type: 'text', text: 'Option two.' }] }] },
          ],
        },
      ],
    },
  ],
};

describe('the read model of brackets and alternatives', () => {
  it('lists nested brackets with their proposers and words', () => {
    const [article] = toTreatyText(NESTED).articles;
    const paragraph = article?.paragraphs[0];
    expect(paragraph).toMatchObject({ number: 1, text: 'Holding the increase below 1.5 2 °C' });
    expect(paragraph?.kind === 'paragraph' && paragraph.brackets).toEqual([
      { id: 'outer', proposers: ['D1'], reason: 'modify', note: null, text: 'below 1.5 2 °C' },
      { id: 'low', proposers: ['D2'], reason: 'modify', note: null, text: '1.5' },
      { id: 'high', proposers: ['D3', 'D4'], reason: 'modify', note: null, text: '2' },
    ]);
    expect(article?.paragraphs[1]).toMatchObject({
      kind: 'alternatives',
      number: 2,
      options: [{ proposers: ['D2'] }, { proposers: ['D3'] }],
    });
  });

  it('says where each bracket opens and closes, outermost first', () => {
    const paragraph = toTreatyText(NESTED).articles[0]?.paragraphs[0];
    expect(paragraph?.kind === 'paragraph' && paragraph.runs).toEqual([
      { text: 'Holding the increase ' },
      { text: 'below ', brackets: [0] },
      { text: '1.5', brackets: [0, 1] },
      { text: ' ', brackets: [0] },
      { text: '2', brackets: [0, 2] },
      { text: ' °C', brackets: [0] },
    ]);
  });

  it('reads brackets and phrase options in a recital, and none where there are none', () => {
    const text = toTreatyText({
      type: 'doc',
      content: [
        {
          type: 'preamble',
          content: [
            {
              type: 'recital',
              attrs: { clauseId: 'r1' },
              content: [
                { type: 'text', text: 'In ' },
                { type: 'text', text: 'furtherance', marks: [{ type: 'option', attrs: { set: 's1', index: 0, proposers: [] } }] },
                { type: 'text', text: 'pursuit', marks: [{ type: 'option', attrs: { set: 's1', index: 1, proposers: [] } }] },
                { type: 'text', text: ' of the objective' },
                { type: 'text', text: ', principles', marks: [bracket('b1', [])] },
              ],
            },
            { type: 'recital', attrs: { clauseId: 'r2' }, content: [{ type: 'text', text: 'Recalling' }] },
          ],
        },
      ],
    });
    expect(text.preamble[0]).toMatchObject({
      text: 'In furtherancepursuit of the objective, principles',
      brackets: [{ id: 'b1', text: ', principles' }],
      phraseOptions: [{ id: 's1', options: [{ text: 'furtherance' }, { text: 'pursuit' }] }],
      runs: [
        { text: 'In ' },
        { text: 'furtherance', option: { set: 0, index: 0 } },
        { text: 'pursuit', option: { set: 0, index: 1 } },
        { text: ' of the objective' },
        { text: ', principles', brackets: [0] },
      ],
    });
    expect(text.preamble[1]).toEqual({ clauseId: 'r2', text: 'Recalling' });
  });

  it('keeps nested brackets through Yjs', () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(treatyToYDoc(NESTED)));
    expect(toTreatyText(yDocToTreaty(copy))).toEqual(toTreatyText(NESTED));
  });

  it('refuses JSON that breaks the schema before it reaches Yjs', () => {
    expect(() => treatyToYDoc({ type: 'doc', content: [{ type: 'article', content: [] }] })).toThrow();
  });
});
