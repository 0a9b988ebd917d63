import { bracketTokens, pairBrackets } from './bracket-pairing';
import { sourceText } from './source-text';

const pairsOf = (...texts: string[]) => {
  const { pairs, unmatched } = pairBrackets(bracketTokens(texts.map((t, i) => sourceText(t, i + 1))));
  const at = (t: { text: number; offset: number }) => `${t.text}:${t.offset}`;
  return { pairs: pairs.map((p) => `${at(p.open)}-${at(p.close)}@${p.depth}`), unmatched: unmatched.map((t) => `${t.kind} ${at(t)}`) };
};

describe('pairing brackets', () => {
  it.each([
    ['one pair', ['a [b] c'], ['0:2-0:4@0'], []],
    ['nested pairs, inner first', ['[a [b] c]'], ['0:3-0:5@1', '0:0-0:8@0'], []],
    ['adjacent pairs', ['[a][b]'], ['0:0-0:2@0', '0:3-0:5@0'], []],
    ['a pair across two paragraphs', ['[Each Party shall:', '1. [Be quantified;]]'], ['1:3-1:18@1', '0:0-1:19@0'], []],
    ['a stray closing bracket, as in the 23 Oct preamble', ['[a,]]'], ['0:0-0:3@0'], ['close 0:4']],
    ['an opening bracket never closed', ['[a [b]'], ['0:3-0:5@1'], ['open 0:0']],
    ['no brackets', ['plain words'], [], []],
  ])('%s', (_, texts, pairs, unmatched) => {
    expect(pairsOf(...texts)).toEqual({ pairs, unmatched });
  });
});
