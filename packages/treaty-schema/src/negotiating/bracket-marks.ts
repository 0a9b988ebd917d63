import type { JSONContent } from '@tiptap/core';
import { bracketTokens, pairBrackets, type BracketPair, type BracketToken } from './bracket-pairing';
import { findOptionSets } from './phrase-option-sets';
import { lineAt, type SourceText } from './source-text';

type Mark = NonNullable<JSONContent['marks']>[number];

export interface NegotiatedScope {
  /** Inline content for each text of the scope, in the same order. */
  contents: JSONContent[][];
  warnings: { line: number; message: string }[];
  /** `[` and `]` kept as characters because no structure could hold them. */
  unplaced: { open: number; close: number };
}

interface Cell {
  text: number;
  char: string;
  /** The pair this character opens or closes, when it is a live bracket. */
  pair?: number;
}

const bracketMark = (id: string, note: string | null = null): Mark => ({
  type: 'bracket',
  attrs: { id, proposers: [], reason: null, note },
});

/**
 * Turns the brackets of one scope (an article, the preamble) into marks: each pair becomes a
 * bracket with a fresh id — one id across every paragraph it spans, so it counts once — and
 * each run of adjacent pairs `[a][b]` becomes one set of phrase options. What cannot be a
 * mark stays in the words as a character and is reported with its source line: an unmatched
 * `[` or `]`, and an empty pair `[]` (a mark needs words to sit on).
 * `enclosing` is a mark over every word of the scope (a whole bracketed article).
 */
export function markNegotiatedWords(texts: readonly SourceText[], newId: () => string, enclosing?: Mark): NegotiatedScope {
  const warnings: NegotiatedScope['warnings'] = [];
  const unplaced = { open: 0, close: 0 };
  const tokens = bracketTokens(texts);
  const { pairs, unmatched } = pairBrackets(tokens);
  // UTF-16 units, as offsets are: a surrogate pair is never a bracket, so its halves stay in one run.
  const cells = texts.flatMap((source, text) => source.text.split('').map((char): Cell => ({ text, char })));
  const starts: number[] = [];
  texts.reduce((sum, source, i) => ((starts[i] = sum), sum + source.text.length), 0);
  const flat = (token: BracketToken) => (starts[token.text] ?? 0) + token.offset;

  const keepAsCharacter = (token: BracketToken, message: string) => {
    if (token.kind === 'open') unplaced.open += 1;
    else unplaced.close += 1;
    warnings.push({ line: texts[token.text] ? lineAt(texts[token.text] as SourceText, token.offset) : 0, message });
  };
  for (const token of unmatched) {
    keepAsCharacter(
      token,
      token.kind === 'open'
        ? 'an opening "[" has no closing "]": it is kept as a character, not as a bracket'
        : 'a closing "]" has no opening "[": it is kept as a character, not as a bracket',
    );
  }

  const live = livePairs(pairs, cells, flat, keepAsCharacter);
  const sets = findOptionSets(live.map((p) => ({ open: flat(p.open), close: flat(p.close), openText: p.open.text, closeText: p.close.text })));
  const marks = live.map((pair, i): Mark => {
    const member = sets.membership.get(i);
    if (!member) return bracketMark(newId());
    return { type: 'option', attrs: { set: sets.ids[member.set] ??= newId(), index: member.index, proposers: [] } };
  });
  live.forEach((pair, i) => {
    for (const token of [pair.open, pair.close]) {
      const cell = cells[flat(token)];
      if (cell) cell.pair = i;
    }
  });
  return { contents: inlineContents(texts.length, cells, marks, enclosing), warnings, unplaced };
}

/**
 * The pairs that hold words. Inner pairs are judged first, so `[[]]` is two empty pairs
 * (both kept as characters) while `[a []]` keeps its outer bracket around "a []".
 */
function livePairs(
  pairs: readonly BracketPair[],
  cells: readonly Cell[],
  flat: (token: BracketToken) => number,
  keepAsCharacter: (token: BracketToken, message: string) => void,
): BracketPair[] {
  const bracketAt = new Set(pairs.flatMap((p) => [flat(p.open), flat(p.close)]));
  const byDepth = [...pairs].sort((a, b) => b.depth - a.depth);
  const empty = new Set<BracketPair>();
  for (const pair of byDepth) {
    const from = flat(pair.open);
    const to = flat(pair.close);
    let words = false;
    for (let i = from + 1; i < to && !words; i += 1) words = !bracketAt.has(i) && /\S/.test(cells[i]?.char ?? '');
    if (words) continue;
    empty.add(pair);
    bracketAt.delete(from);
    bracketAt.delete(to);
    keepAsCharacter(pair.open, 'an empty bracket "[]" holds no words to mark: it is kept as characters');
    keepAsCharacter(pair.close, 'the closing "]" of an empty bracket is kept as a character');
  }
  return pairs.filter((p) => !empty.has(p)).sort((a, b) => flat(a.open) - flat(b.open));
}

/** Sweeps the characters in order, opening and closing marks at live brackets. */
function inlineContents(count: number, cells: readonly Cell[], marks: readonly Mark[], enclosing?: Mark): JSONContent[][] {
  const contents: JSONContent[][] = Array.from({ length: count }, () => []);
  const active: number[] = [];
  let run = '';
  let runText = -1;
  const currentMarks = (): Mark[] => {
    const ordered = active.flatMap((i) => marks[i] ?? []);
    // The schema ranks bracket before option; ProseMirror refuses marks out of rank order.
    return [...(enclosing ? [enclosing] : []), ...ordered.filter((m) => m.type === 'bracket'), ...ordered.filter((m) => m.type !== 'bracket')];
  };
  const withMarks = (node: JSONContent): JSONContent => {
    const list = currentMarks();
    return list.length > 0 ? { ...node, marks: list } : node;
  };
  const flush = () => {
    if (run) contents[runText]?.push(withMarks({ type: 'text', text: run }));
    run = '';
  };
  for (const cell of cells) {
    if (cell.text !== runText) {
      flush();
      runText = cell.text;
    }
    if (cell.pair !== undefined) {
      flush();
      const at = active.indexOf(cell.pair);
      if (at >= 0) active.splice(at, 1);
      else active.push(cell.pair);
      continue;
    }
    if (cell.char === '\n') {
      flush();
      contents[cell.text]?.push(withMarks({ type: 'hardBreak' }));
      continue;
    }
    run += cell.char;
  }
  flush();
  return contents;
}
