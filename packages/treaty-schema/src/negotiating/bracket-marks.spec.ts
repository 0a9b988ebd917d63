import type { JSONContent } from '@tiptap/core';
import { markNegotiatedWords } from './bracket-marks';
import { joinSource, sourceText } from './source-text';

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};
/** Each run of words with its marks written as `bracket:id` / `option:set.index`. */
const runs = (content: JSONContent[]) =>
  content.map((node) => [
    node.type === 'hardBreak' ? '\n' : node.text,
    ...(node.marks ?? []).map((m) => (m.type === 'bracket' ? `bracket:${m.attrs?.['id']}` : `option:${m.attrs?.['set']}.${m.attrs?.['index']}`)),
  ]);
const mark = (...texts: string[]) => markNegotiatedWords(texts.map((t, i) => sourceText(t, i + 1)), counter());

describe('brackets and phrase options as marks', () => {
  it('marks nested brackets with fresh ids, the outer one first', () => {
    const { contents, warnings } = mark('below [1.5 [or 2] °C] levels');
    expect(runs(contents[0] ?? [])).toEqual([
      ['below '],
      ['1.5 ', 'bracket:id-1'],
      ['or 2', 'bracket:id-1', 'bracket:id-2'],
      [' °C', 'bracket:id-1'],
      [' levels'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('makes "[a][b]" one set of phrase options sharing a set id, not brackets', () => {
    const { contents } = mark('In [furtherance][pursuit] of');
    expect(runs(contents[0] ?? [])).toEqual([['In '], ['furtherance', 'option:id-1.0'], ['pursuit', 'option:id-1.1'], [' of']]);
  });

  it('keeps "[a] [b]" (with a space) as two brackets', () => {
    const { contents } = mark('[prepare] [communicate]');
    expect(runs(contents[0] ?? [])).toEqual([['prepare', 'bracket:id-1'], [' '], ['communicate', 'bracket:id-2']]);
  });

  it('puts options inside a bracket under both marks', () => {
    const { contents } = mark('[[relevant][evolving] trends]');
    expect(runs(contents[0] ?? [])).toEqual([
      ['relevant', 'bracket:id-1', 'option:id-2.0'],
      ['evolving', 'bracket:id-1', 'option:id-2.1'],
      [' trends', 'bracket:id-1'],
    ]);
  });

  it('gives a bracket spanning paragraphs one id in each of them', () => {
    const { contents } = mark('[Each Party shall:', '[Be quantified;]]');
    expect(runs(contents[0] ?? [])).toEqual([['Each Party shall:', 'bracket:id-1']]);
    expect(runs(contents[1] ?? [])).toEqual([['Be quantified;', 'bracket:id-1', 'bracket:id-2']]);
  });

  it('reports an unbalanced bracket on the source line it stands on, and keeps it as a character', () => {
    const words = joinSource(sourceText('[principles and provisions of the', 14), ' ', sourceText('Convention,]]', 15));
    const { contents, warnings, unplaced } = markNegotiatedWords([words], counter());
    expect(warnings).toEqual([{ line: 15, message: expect.stringContaining('a closing "]" has no opening "["') }]);
    expect(unplaced).toEqual({ open: 0, close: 1 });
    expect(runs(contents[0] ?? []).map(([text]) => text).join('')).toBe('principles and provisions of the Convention,]');
  });

  it('keeps an empty bracket as characters: a mark needs words', () => {
    const { contents, unplaced, warnings } = mark('see paragraph [] and [ ] above');
    expect(runs(contents[0] ?? [])).toEqual([['see paragraph [] and [ ] above']]);
    expect(unplaced).toEqual({ open: 2, close: 2 });
    expect(warnings).toHaveLength(4);
  });

  it('keeps the lines of sub-items as hard breaks inside the bracket', () => {
    const { contents } = mark('[Shall:\n(a) act;]');
    expect(runs(contents[0] ?? [])).toEqual([['Shall:', 'bracket:id-1'], ['\n', 'bracket:id-1'], ['(a) act;', 'bracket:id-1']]);
  });

  it('lays an enclosing bracket (a whole bracketed article) over every word, outermost', () => {
    const enclosing = { type: 'bracket', attrs: { id: 'article', proposers: [], reason: null, note: null } };
    const { contents } = markNegotiatedWords([sourceText('A [REDD-plus] mechanism.', 1), sourceText('More.', 2)], counter(), enclosing);
    expect(runs(contents[0] ?? [])).toEqual([['A ', 'bracket:article'], ['REDD-plus', 'bracket:article', 'bracket:id-1'], [' mechanism.', 'bracket:article']]);
    expect(runs(contents[1] ?? [])).toEqual([['More.', 'bracket:article']]);
  });
});
